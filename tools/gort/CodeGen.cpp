//===- CodeGen.cpp - LLVM IR from the checked AST -------------------------===//
//
// One pass over the checked AST emits one LLVM module. Every function it
// defines carries the IR attribute "split-stack" (goroutine stacks are
// segments that grow through __morestack; ../shared/docs/split-stacks.md)
// and none is varargs.
//
// The code generator is one class, CodeGen (CGInternal.h), whose emitters
// live in one file per kind of construct, as in clang's lib/CodeGen; each
// file opens with the design of its part:
//   CGTypes.cpp      how Go values map to LLVM values; type descriptors
//   CGDecl.cpp       variables, captured cells, functions and closures
//   CGStmt.cpp       statements; select
//   CGExpr.cpp       expressions, constants and Go's integer semantics
//   CGCall.cpp       calls; go and defer (thunks, the deferproc protocol,
//                    deferprocstk's block layouts)
//   CGMethods.cpp    methods (main.T.M, main.(*T).M), method values and
//                    method expressions
//   CGSlice.cpp      slices, strings and arrays: index and slice
//                    expressions, append, copy, concatenation, range
//   CGBuiltin.cpp    print/println and the other built-ins
//   CGRuntime.cpp    runtime calls and the C ABI of their two-word structs
//   CGDebugInfo.cpp  DWARF
// This file holds generateCode and run, which declares every function and
// variable of the packages the module needs, emits the bodies and init
// function of the package it is for (or of every package: one module for
// the whole program), then verifies the module.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cassert>

using namespace gort;
using namespace gort::cg;

CodeGen::CodeGen(const Program &Prog, SemaInfo &Info, Diagnostics &Diags,
                 llvm::Module &M, const CodeGenOptions &Opts)
    : Prog(Prog), Info(Info), Diags(Diags), M(M), Ctx(M.getContext()),
      DL(M.getDataLayout()), TT(M.getTargetTriple()), Opts(Opts), B(Ctx) {
  if (TT.getArch() == llvm::Triple::x86_64)
    PairPass = PairABI::Split;
  else if (TT.getArch() == llvm::Triple::x86)
    PairPass = PairABI::ByVal;
  else
    PairPass = PairABI::IntArray;
  IntTy = DL.getIntPtrType(Ctx);
  // Sema checked every constant against the same width of int.
  assert(IntTy->getBitWidth() == Info.Types.wordBits() &&
         "Sema and the data layout disagree on the size of int");
  PtrTy = llvm::PointerType::getUnqual(Ctx);
  StringTy = llvm::StructType::create(Ctx, {PtrTy, IntTy}, "string");
  EfaceTy = llvm::StructType::create(Ctx, {PtrTy, PtrTy}, "eface");
  SliceHdrTy = llvm::StructType::create(Ctx, {PtrTy, IntTy, IntTy}, "slice");
  GoTypeTy = llvm::StructType::create(
      Ctx,
      {IntTy, B.getInt32Ty(), B.getInt32Ty(), StringTy, PtrTy, PtrTy, IntTy,
       PtrTy, PtrTy, B.getInt32Ty(), B.getInt32Ty(), PtrTy},
      "GoType");
}

/// gc's symbol of function FD of package Path: <path>.f, and for the
/// init functions <path>.init.0, .1, ... (<path>.init itself is the
/// package's, emitPackageInit).
static std::string funcName(const std::string &Path, const FuncDecl *FD,
                            unsigned &InitCount) {
  if (FD->Name->Name == "init")
    return Path + ".init." + std::to_string(InitCount++);
  return Path + "." + FD->Name->Name;
}

/// Declares every function and method of P, so calls may precede bodies;
/// the ones with a body are added to Bodies. A library function without
/// a body stays an external declaration (docs/ABI.md, "Bodyless
/// functions") unless the compiler writes its body (CGIntrinsics.cpp).
void CodeGen::declareFuncs(const Package &P, BodyList &Bodies,
                           std::vector<llvm::Function *> &InitFns) {
  unsigned InitCount = 0;
  for (const auto &F : P.Files)
    for (auto &D : F->Decls) {
      auto *FD = dyn_cast<FuncDecl>(D.get());
      if (!FD)
        continue;
      if (!FD->Body && P.Path == "main") {
        Diags.error(FD->Name->getLoc(), "missing function body");
        Failed = true;
        continue;
      }
      auto It = Info.Funcs.find(FD);
      if (It == Info.Funcs.end())
        continue;
      llvm::Function *Fn;
      if (FD->IsMethod) {
        if (!(Fn = declareMethod(FD, It->second)))
          continue;
      } else {
        Fn = llvm::Function::Create(funcType(It->second.Sig, false),
                                    llvm::GlobalValue::ExternalLinkage,
                                    funcName(P.Path, FD, InitCount), M);
        setGoAttrs(Fn);
      }
      DeclOf[Fn] = FD;
      if (FD->IsMethod)
        ; // called through its selections (CGMethods.cpp)
      else if (FD->Name->Name == "init")
        InitFns.push_back(Fn);
      else if (Object *O = Info.Defs.lookup(FD->Name.get()))
        Funcs[O] = Fn;
      if (FD->Body && owns(P)) // else its own package's module defines it
        Bodies.push_back({FD, Fn});
      else if (FD->Body && FD->Name->Name != "init" && Deps.count(P.Path) &&
               inlinable(FD)) {
        Bodies.push_back({FD, Fn});
        Inlinable.push_back(Fn);
      } else if (!FD->Body)
        emitIntrinsicBody(Fn, Fn->getName());
    }
}

/// Whether another package's function FD is small enough that this module
/// gets a copy of its body to inline (available_externally: never emitted
/// as code of its own; its package's object defines the symbol): a body of
/// one simple statement, without function literals or recover, at -O1 and
/// above. Each module's copy is the same code as its owner's, as
/// available_externally requires; the importer's cache key covers the
/// imported package's sources (BuildCache.h).
bool CodeGen::inlinable(const FuncDecl *FD) {
  if (!Opts.Only || !Opts.Optimized || Recovers.count(FD))
    return false;
  const StmtList &L = FD->Body->List;
  if (L.size() != 1 || !(isa<ReturnStmt>(L[0].get()) ||
                         isa<ExprStmt>(L[0].get()) ||
                         isa<AssignStmt>(L[0].get()) ||
                         isa<IncDecStmt>(L[0].get())))
    return false;
  SourceLoc From = FD->getLoc(), To = FD->Body->RBrace;
  for (SourceLoc L : LitLocs)
    if (!locBefore(L, From) && locBefore(L, To))
      return false;
  return true;
}

/// A package variable: defined (zeroed) in its package's module, declared
/// in the others'.
llvm::GlobalVariable *CodeGen::packageVar(const Object *O) {
  bool Own = !Opts.Only || O->Pkg == Opts.Only->Path;
  return new llvm::GlobalVariable(
      M, memType(O->T), false, llvm::GlobalValue::ExternalLinkage,
      Own ? llvm::Constant::getNullValue(memType(O->T)) : nullptr,
      O->Pkg + "." + O->Name);
}

/// P's package variables: zeroed globals named <path>.x (packageVar).
void CodeGen::declareGlobals(const Package &P) {
  for (auto &E : P.InitOrder)
    for (Object *O : E.Lhs)
      if (O && !Globals.count(O)) {
        std::string Name = O->Pkg + "." + O->Name;
        auto *GV = packageVar(O);
        Globals[O] = GV;
        if (DIB && owns(P)) {
          auto *GVE = DIB->createGlobalVariableExpression(
              CU, Name, "", diFile(O->Loc), diLine(O->Loc), diType(O->T),
              false);
          GV->addDebugInfo(GVE);
        }
      }
}

/// <path>.init: once (a flag, <path>.initdone), the inits of the packages
/// P imports, then P's variables in dependency order, then its init
/// functions: Go's order. main.init is the one the runtime calls.
void CodeGen::emitPackageInit(const Package &P,
                              const std::vector<llvm::Function *> &InitFns) {
  auto *Fn = llvm::Function::Create(
      llvm::FunctionType::get(B.getVoidTy(), false),
      llvm::GlobalValue::ExternalLinkage, P.Path + ".init", M);
  setGoAttrs(Fn);
  PackageInits[P.Path] = Fn;
  if (!owns(P))
    return; // declared: another module defines it
  FuncState FS;
  Cur = &FS;
  FuncInfo Empty;
  FS.FI = &Empty;
  const File &F0 = *P.Files.front();
  beginFunction(Fn, &F0, Fn->getName(), F0.getLoc(), false);
  if (P.Path != "main") {
    auto *Done = new llvm::GlobalVariable(
        M, B.getInt8Ty(), false, llvm::GlobalValue::InternalLinkage,
        B.getInt8(0), P.Path + ".initdone");
    BasicBlock *Run = newBlock("init"), *Ret = newBlock("done");
    B.CreateCondBr(B.CreateICmpNE(B.CreateLoad(B.getInt8Ty(), Done),
                                  B.getInt8(0)),
                   Ret, Run);
    startBlock(Ret);
    B.CreateRetVoid();
    startBlock(Run);
    B.CreateStore(B.getInt8(1), Done);
  }
  for (const std::string &Imp : P.Imports)
    if (auto It = PackageInits.find(Imp); It != PackageInits.end())
      B.CreateCall(It->second);
  for (auto &E : P.InitOrder) {
    if (!E.Rhs)
      continue;
    setLoc(E.Rhs->getLoc());
    if (E.Lhs.size() == 1) {
      Type *T = E.Lhs[0] ? E.Lhs[0]->T : typeOf(E.Rhs);
      Value *V = emitExprTo(E.Rhs, T);
      if (E.Lhs[0])
        storeValue(T, V, Globals[E.Lhs[0]]);
      continue;
    }
    std::vector<Type *> Types;
    std::vector<Value *> Vals = emitTuple(E.Rhs, Types);
    for (size_t I = 0; I < E.Lhs.size() && I < Vals.size(); ++I)
      if (E.Lhs[I])
        storeValue(E.Lhs[I]->T, convert(Vals[I], Types[I], E.Lhs[I]->T),
                   Globals[E.Lhs[I]]);
  }
  for (llvm::Function *Init : InitFns)
    B.CreateCall(Init);
  finishFunction(nullptr);
  Cur = nullptr;
  emitPendingLits();
}

bool CodeGen::run() {
  if (Opts.Debug) {
    DIB = std::make_unique<llvm::DIBuilder>(M);
    llvm::SmallString<256> Abs(Opts.FileName);
    llvm::sys::fs::make_absolute(Abs);
    DIF = DIB->createFile(llvm::sys::path::filename(Abs),
                          llvm::sys::path::parent_path(Abs));
    CU = DIB->createCompileUnit(llvm::dwarf::DW_LANG_Go, DIF, "gort",
                                Opts.Optimized, "", 0);
    M.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
    M.addModuleFlag(llvm::Module::Warning, "Debug Info Version",
                    llvm::DEBUG_METADATA_VERSION);
  }
  M.addModuleFlag(llvm::Module::Max, "uwtable", 2);

  // Every package's functions and variables are declared before any body
  // is emitted; those of the packages this module owns (all, or
  // Opts.Only) are defined.
  // Whether a function calls recover is known before any body is emitted:
  // a deferred call of another package's function copies its body too.
  for (auto &[N, FI] : Info.Funcs)
    if (FI.CallsRecover)
      Recovers.insert(N);
  // A package's module needs the packages before it (its imports among
  // them), not those after.
  std::vector<const Package *> Pkgs;
  for (const auto &P : Prog.Packages) {
    Pkgs.push_back(P.get());
    if (P.get() == Opts.Only)
      break;
  }
  // Its imports, transitively: each package comes after those it imports.
  if (Opts.Only) {
    Deps.insert(Opts.Only->Imports.begin(), Opts.Only->Imports.end());
    for (auto It = Pkgs.rbegin(); It != Pkgs.rend(); ++It)
      if (Deps.count((*It)->Path))
        Deps.insert((*It)->Imports.begin(), (*It)->Imports.end());
  }
  for (auto &[N, FI] : Info.Funcs)
    if (isa<FuncLit>(N))
      LitLocs.push_back(N->getLoc());
  BodyList Bodies;
  std::map<const Package *, std::vector<llvm::Function *>> InitFns;
  for (const Package *P : Pkgs)
    declareFuncs(*P, Bodies, InitFns[P]);
  for (const Package *P : Pkgs)
    declareGlobals(*P);
  // Package variables without an initializer may be missing from InitOrder.
  for (auto &P : Info.Defs) {
    Object *O = P.second;
    if (O && O->Kind == Object::Var && O->Global && !Globals.count(O))
      Globals[O] = packageVar(O);
  }

  for (auto &P : Bodies) {
    FuncState FS;
    Cur = &FS;
    FS.FI = &Info.Funcs[P.first];
    beginFunction(P.second, P.first, P.second->getName(), P.first->getLoc(),
                  false);
    emitBlock(P.first->Body->List);
    setLoc(P.first->Body->RBrace);
    finishFunction(FS.FI->Sig);
    Cur = nullptr;
    emitPendingLits();
  }

  for (llvm::Function *Fn : Inlinable)
    Fn->setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);

  // In dependency order, so that each init calls its imports' inits.
  for (const Package *P : Pkgs)
    emitPackageInit(*P, InitFns[P]);
  emitPendingDefers();
  addComdats();

  if (DIB)
    DIB->finalize();
  if (Failed || Diags.hasErrors())
    return false;
  std::string Err;
  llvm::raw_string_ostream OS(Err);
  if (llvm::verifyModule(M, &OS)) {
    llvm::errs() << "gort: internal error: invalid IR:\n" << OS.str() << "\n";
    return false;
  }
  return true;
}

/// Every linkonce_odr symbol (type descriptors and their tables, type
/// algorithms, itabs and their links) in a COMDAT group of its own name:
/// of the copies that several packages' objects hold, the linker keeps
/// one and drops the others whole, not only their symbols (one itab link
/// per pair in gort_itablinks; docs/ABI.md, "Symbols").
void CodeGen::addComdats() {
  if (!TT.isOSBinFormatELF())
    return;
  for (llvm::GlobalObject &GO : M.global_objects())
    if (GO.hasLinkOnceODRLinkage() && !GO.hasComdat() && !GO.isDeclaration())
      GO.setComdat(M.getOrInsertComdat(GO.getName()));
}

BasicBlock *CodeGen::newBlock(const llvm::Twine &Name) {
  return BasicBlock::Create(Ctx, Name, Cur->Fn);
}

void CodeGen::startBlock(BasicBlock *BB) { B.SetInsertPoint(BB); }

void CodeGen::branchTo(BasicBlock *BB) {
  if (!terminated())
    B.CreateBr(BB);
}

llvm::AllocaInst *CodeGen::entryAlloca(llvm::Type *T, const llvm::Twine &Name) {
  llvm::IRBuilder<> EB(Cur->AllocaBB, Cur->AllocaBB->begin());
  return EB.CreateAlloca(T, nullptr, Name);
}

bool gort::generateCode(const Program &P, SemaInfo &Info, Diagnostics &Diags,
                        llvm::Module &M, const CodeGenOptions &Opts) {
  CodeGen CG(P, Info, Diags, M, Opts);
  return CG.run();
}
