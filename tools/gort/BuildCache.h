//===- BuildCache.h - Compiled library packages, kept --------*- C++ -*-===//
//
// An executable is linked from one object per package (CodeGenOptions::
// Only): package main's, compiled on every build, and each library
// package's, which the build cache keeps. A package's object is named by
// its key, a SHA-256 over everything that decides its code:
//   - the compiler (its executable's path, size and modification time),
//   - the target, the optimization level and -g,
//   - the import path, the package's folder, and each file's name and
//     contents,
//   - the keys of the packages it imports, which cover theirs in turn: a
//     change to an imported package changes the key of every importer.
// An object is written to a temporary file in the cache, then renamed to
// its key's name, so a build never reads a half-written object, whatever
// other builds run at the same time. Nothing is ever removed: a stale
// object is only no longer named by any key (clear the folder to reclaim
// the space). docs/DESIGN.md, "Packages and the build cache".
//
//===----------------------------------------------------------------------===//

#ifndef GORT_BUILDCACHE_H
#define GORT_BUILDCACHE_H

#include "Sema.h"
#include <map>
#include <string>

namespace gort {

/// The cache's folder: $GORTCACHE; else $XDG_CACHE_HOME/gort, else
/// $HOME/.cache/gort. Empty when GORTCACHE is "off" or no folder is known.
std::string cacheDir();

/// What every key of this build shares: the compiler (Argv0), target,
/// optimization level, debug information and -race.
std::string buildKeyPrefix(const std::string &Argv0, const std::string &Target,
                           unsigned OptLevel, bool Debug, bool Race = false);

/// P's key (hex): Prefix, P's files, and Keys[I] for each import I of P.
/// Empty if a file cannot be read.
std::string packageKey(const std::string &Prefix, const Package &P,
                       const std::map<std::string, std::string> &Keys);

/// The object of P with key Key in cache folder Dir.
std::string cachedObjectPath(const std::string &Dir, const Package &P,
                             const std::string &Key);

} // namespace gort

#endif // GORT_BUILDCACHE_H
