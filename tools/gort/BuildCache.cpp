//===- BuildCache.cpp - Compiled library packages, kept ------------------===//
//
// See BuildCache.h. Each part of a key is written with its length first,
// so that no two different lists of parts hash the same bytes.
//
//===----------------------------------------------------------------------===//

#include "BuildCache.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <cstdlib>

using namespace gort;
using llvm::StringRef;

std::string gort::cacheDir() {
  if (const char *Env = std::getenv("GORTCACHE"); Env && *Env)
    return StringRef(Env) == "off" ? "" : Env;
  llvm::SmallString<128> Dir;
  if (const char *X = std::getenv("XDG_CACHE_HOME"); X && *X)
    Dir = X;
  else if (const char *H = std::getenv("HOME"); H && *H)
    llvm::sys::path::append(Dir, H, ".cache");
  else
    return "";
  llvm::sys::path::append(Dir, "gort");
  return std::string(Dir);
}

static void addPart(llvm::SHA256 &H, StringRef S) {
  uint64_t N = S.size();
  H.update(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(&N),
                                   sizeof N));
  H.update(S);
}

std::string gort::buildKeyPrefix(const std::string &Argv0,
                                 const std::string &Target, unsigned OptLevel,
                                 bool Debug, bool Race) {
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0.c_str(), (void *)&gort::buildKeyPrefix);
  llvm::sys::fs::file_status St;
  std::string Id = "gort-cache-1\n" + Exe + "\n";
  if (!llvm::sys::fs::status(Exe, St))
    Id += std::to_string(St.getSize()) + " " +
          std::to_string(St.getLastModificationTime().time_since_epoch().count());
  Id += "\n" + Target + " -O" + std::to_string(OptLevel) + (Debug ? " -g" : "") +
        (Race ? " -race" : "");
  return Id;
}

std::string gort::packageKey(const std::string &Prefix, const Package &P,
                             const std::map<std::string, std::string> &Keys) {
  llvm::SHA256 H;
  addPart(H, Prefix);
  addPart(H, P.Path);
  llvm::SmallString<128> Dir(P.Dir);
  llvm::sys::fs::make_absolute(Dir);
  addPart(H, Dir);
  for (const std::string &F : P.FileNames) {
    auto Buf = llvm::MemoryBuffer::getFile(F, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Buf)
      return "";
    addPart(H, llvm::sys::path::filename(F));
    addPart(H, (*Buf)->getBuffer());
  }
  for (const std::string &Imp : P.Imports) {
    auto It = Keys.find(Imp);
    addPart(H, Imp);
    addPart(H, It == Keys.end() ? "" : It->second);
  }
  std::array<uint8_t, 32> Sum = H.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Sum.data(), 16), /*LowerCase=*/true);
}

std::string gort::cachedObjectPath(const std::string &Dir, const Package &P,
                                   const std::string &Key) {
  // The package's last path element makes the folder readable.
  StringRef Name = StringRef(P.Path).rsplit('/').second;
  if (Name.empty())
    Name = P.Path;
  llvm::SmallString<128> Path(Dir);
  llvm::sys::path::append(Path, Key.substr(0, 2),
                          Key + "-" + Name.str() + ".o");
  return std::string(Path);
}
