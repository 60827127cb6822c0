//===- Packages.cpp - A program's packages found and read -----------------===//
//
// See Packages.h. The loader is a depth-first walk of the import graph
// from package main: a package is read when first imported, its imports
// walked, then it is appended to the program, so the list is in
// dependency order. A package met again while its own imports are being
// walked closes an import cycle.
//
//===----------------------------------------------------------------------===//

#include "Packages.h"
#include "Lexer.h"
#include "Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

using namespace gort;
using llvm::StringRef;

std::string gort::libraryRoot() {
  if (const char *Root = std::getenv("GORTROOT"); Root && *Root)
    return (StringRef(Root) + "/golib").str();
  return GORT_GOLIB_DIR;
}

bool gort::goFilesIn(StringRef Dir, std::vector<std::string> &Files) {
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.ends_with(".go") && !Name.ends_with("_test.go") &&
        !Name.starts_with(".") && !Name.starts_with("_") &&
        !llvm::sys::fs::is_directory(It->path()))
      Files.push_back(It->path());
  }
  std::sort(Files.begin(), Files.end());
  return !EC;
}

namespace {

/// The built-in packages the checker declares itself.
bool isBuiltinPackage(StringRef Path) {
  return Path == "runtime" || Path == "sync";
}

/// Calls Fn on each import of a library package in Pkg's files, in the
/// order of the files and their import declarations.
template <typename F> void forEachImport(const Package &Pkg, F Fn) {
  for (const auto &File : Pkg.Files)
    for (const DeclPtr &D : File->Decls)
      if (const auto *GD = llvm::dyn_cast<GenDecl>(D.get());
          GD && GD->DeclTok == Tok::Import)
        for (const SpecPtr &S : GD->Specs)
          if (const auto *IS = llvm::dyn_cast<ImportSpec>(S.get());
              IS && IS->Path && !isBuiltinPackage(IS->Path->Value))
            Fn(IS);
}

class Loader {
public:
  Loader(StringRef Root, Diagnostics &Diags, Program &P)
      : Root(Root), Diags(Diags), P(P) {}
  bool loadMain(const std::vector<std::string> &Files, bool Imports);

private:
  enum State { Loading, Loaded };
  std::unique_ptr<Package> parse(const std::string &Path,
                                 const std::vector<std::string> &Files,
                                 bool First);
  bool walkImports(Package &Pkg);
  bool import(const ImportSpec *IS, const std::string &From);

  std::string Root;
  Diagnostics &Diags;
  Program &P;
  std::map<std::string, State> States;
  std::vector<std::string> Stack; ///< the import chain being walked
};

} // namespace

/// Reads and parses Files as the package at Path; First: Files[0] is file
/// 0 of Diags. Null after errors.
std::unique_ptr<Package> Loader::parse(const std::string &Path,
                                       const std::vector<std::string> &Files,
                                       bool First) {
  auto Pkg = std::make_unique<Package>();
  Pkg->Path = Path;
  for (size_t I = 0; I < Files.size(); ++I) {
    auto Buf = llvm::MemoryBuffer::getFile(Files[I], /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Buf) {
      llvm::errs() << "gort: error: cannot open '" << Files[I]
                   << "': " << Buf.getError().message() << "\n";
      return nullptr;
    }
    unsigned Id = First && I == 0 ? 0 : Diags.addFile(Files[I]);
    Lexer Lex((*Buf)->getBuffer(), Diags, Id);
    Parser Parse(Lex, Diags);
    Pkg->Files.push_back(Parse.parseFile());
    Pkg->FileNames.push_back(Files[I]);
    P.Sources.push_back(std::move(*Buf));
  }
  if (Diags.hasErrors())
    return nullptr;
  // gc's check that the files are of one package (noder.go).
  for (const auto &F : Pkg->Files) {
    if (!F->PackageName)
      continue;
    if (Pkg->Name.empty())
      Pkg->Name = F->PackageName->Name;
    else if (F->PackageName->Name != Pkg->Name)
      Diags.error(F->getLoc(), "package " + F->PackageName->Name +
                                   "; expected " + Pkg->Name);
  }
  // In the order gc meets them (its Target.Imports), which is the order
  // of initialization.
  std::set<std::string> Seen;
  forEachImport(*Pkg, [&](const ImportSpec *IS) {
    if (Seen.insert(IS->Path->Value).second)
      Pkg->Imports.push_back(IS->Path->Value);
  });
  if (Diags.hasErrors())
    return nullptr;
  return Pkg;
}

/// Loads the packages Pkg's files import, in the order of the files and
/// their import declarations.
bool Loader::walkImports(Package &Pkg) {
  bool Ok = true;
  forEachImport(Pkg, [&](const ImportSpec *IS) { Ok &= import(IS, Pkg.Path); });
  return Ok;
}

/// Loads the package IS imports, and the packages it imports, unless
/// loaded already.
bool Loader::import(const ImportSpec *IS, const std::string &From) {
  const std::string &Path = IS->Path->Value;
  SourceLoc Loc = IS->Path->getLoc();
  auto It = States.find(Path);
  if (It != States.end() && It->second == Loaded)
    return true;
  if (It != States.end()) {
    // The go command's error, with the chain it prints.
    std::string Chain = "\n\tpackage " + Stack.front();
    for (size_t I = 1; I < Stack.size(); ++I)
      Chain += "\n\timports " + Stack[I];
    Diags.error(Loc, "import cycle not allowed" + Chain + "\n\timports " +
                         Path);
    return false;
  }
  if (Path.empty() || Path == "main" || StringRef(Path).starts_with("/") ||
      StringRef(Path).contains("..")) {
    Diags.error(Loc, "invalid import path: \"" + Path + "\"");
    return false;
  }
  std::string Dir = Root + "/" + Path;
  std::vector<std::string> Files;
  if (!llvm::sys::fs::is_directory(Dir)) {
    // As Go 1.19's "package foo is not in GOROOT (/usr/lib/go/src/foo)".
    Diags.error(Loc, "package " + Path + " is not in std (" + Dir + ")");
    return false;
  }
  if (!goFilesIn(Dir, Files) || Files.empty()) {
    Diags.error(Loc, "no Go files in " + Dir);
    return false;
  }
  States[Path] = Loading;
  std::unique_ptr<Package> Pkg = parse(Path, Files, /*First=*/false);
  if (!Pkg)
    return false;
  Pkg->Dir = Dir;
  Stack.push_back(Path);
  bool Ok = walkImports(*Pkg);
  Stack.pop_back();
  States[Path] = Loaded;
  if (Ok)
    P.Packages.push_back(std::move(Pkg));
  return Ok;
}

bool Loader::loadMain(const std::vector<std::string> &Files, bool Imports) {
  std::unique_ptr<Package> Main = parse("main", Files, /*First=*/true);
  if (!Main)
    return false;
  States["main"] = Loading;
  Stack.push_back("main");
  bool Ok = !Imports || walkImports(*Main);
  Stack.pop_back();
  if (Ok)
    P.Packages.push_back(std::move(Main));
  return Ok && !Diags.hasErrors();
}

bool gort::loadProgram(const std::vector<std::string> &Files, StringRef Root,
                       Diagnostics &Diags, Program &P, bool Imports) {
  Loader L(Root, Diags, P);
  return L.loadMain(Files, Imports);
}
