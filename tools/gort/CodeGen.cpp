//===- CodeGen.cpp - LLVM IR from the checked AST ----------------------===//
//
// One pass over the checked AST emits one LLVM module. Every function it
// defines carries the IR attribute "split-stack" (goroutine stacks are
// segments that grow through __morestack; ../shared/docs/split-stacks.md)
// and none is varargs.
//
// Values. A Go value of type T is an SSA value of llvmType(T):
//   bool                  i1 (i8 in memory: memType, loadValue, storeValue)
//   intN, uintN           iN; int, uint and uintptr are pointer-sized
//                         (Sema sized them the same: TypeContext::wordBits)
//   string                { ptr, iP }, Go's string header (GoString)
//   chan T                ptr to the runtime's Hchan
//   func(...)             ptr to a closure object (below), or null
//   interface{}           { ptr type, ptr data } (GoEface)
//   several results       an LLVM struct of the results
// Constants are folded by Sema; any expression Sema recorded as a constant
// is emitted from its exact value, never recomputed.
//
// Variables. Every local variable is an alloca in the entry block (mem2reg
// promotes them at -O1 and above; at -O0 they are what the debugger shows),
// except a variable that a closure captures (Object::Captured): it lives in
// a zeroed heap cell from runtime.mal, allocated each time its declaration
// runs, and its frame slot holds the cell's address. Package variables are
// globals named main.x.
//
// Functions and closures. A package function f is `main.f(params)`; its
// results come back as one value (a struct when there are several). A
// function value points to a closure object
//     { ptr fn, ptr cell1, ptr cell2, ... }
// whose fn is called as fn(ptr closure, params): the closure reaches its
// captured variables through the cells (shared by reference, also between
// goroutines). A function literal is `main.outer.funcN` (nested ones
// `main.outer.funcN.M`, as gc names them); one that captures nothing and a
// package function used as a value get a constant closure object
// (`main.f·f`, whose fn is the wrapper `main.f·fw` that drops the context).
//
// go f(x, y). The evaluated arguments (and the closure, for a function
// value) are stored in a struct on the caller's stack, and
// runtime.newproc(size, thunk, &block) copies it to the new goroutine. The
// thunk `main.outer.gowrapN(ptr block)` loads the values and makes the call.
//
// defer f(x, y) (runtime/panic.cpp's protocol). The callee and arguments
// are evaluated into a block like go's, and
//     %r = call i32 runtime.deferproc(size, thunk, &block)   ; returns_twice
//     br (%r != 0), exit, next
// deferproc returns 1 the second time, after a deferred call recovered a
// panic, with the callee-saved registers of the first return: whatever
// the function did since lives only in memory. So a function that defers
//  - reads and writes every variable with volatile accesses (loadValue,
//    storeValue), which also keeps mem2reg and GVN from caching them;
//  - has one exit block, reached by every return (after storing the
//    results in their slots: named results' own variables, zeroed
//    temporaries for unnamed ones), by falling off the end and by the
//    second return of deferproc. It reads nothing but frame slots: it
//    calls runtime.deferreturn (`notail`, a direct 5-byte call that the
//    runtime re-enters once per deferred call, at the sp of the deferproc
//    calls: every alloca is in the entry block), then loads the results.
// recover() is `runtime.gorecover(llvm.returnaddress(0))`: the runtime
// recovers only for the function that panic's reflectcall called, so the
// thunk of a deferred package function or function literal whose body
// calls recover is a second copy of that body, taking its parameters (and
// closure) from the block; otherwise the thunk calls the callee, a
// function value as a tail call: a jump on amd64 and ARM when the
// arguments fit in registers (at -O0 too), so recover in its body works.
// On 386, where arguments go on the stack and that call cannot be a jump,
// a deferred function value has no thunk (emitDeferStk; also on amd64 and
// ARM when the call has stack arguments, with the block's first 48 or 16
// bytes the argument registers: deferStkLayout):
//     %r = call i32 runtime.deferprocstk(size, fn, &block) ; returns_twice
// with fn the closure's code (gort.deferpanicnil, which panics, for a nil
// value) and the block laid out as the cdecl stack arguments of
// fn(closure, args...) under LLVM's i386 lowering: each scalar (an
// aggregate split into its elements) at the next multiple of 4, i1/i8/i16
// zero-extended to a 4-byte slot, i64 taking 8 bytes; results that i386
// cannot return in eax:edx:ecx are demoted to a hidden sret pointer, the
// block's first word, pointing at a scratch entry-block alloca of the
// results' type (live whenever the call runs: before the deferring
// function returns, or in a panic with its frame on the stack; that the
// callee pops the pointer, `ret $4`, does not matter to the runtime, which
// addresses its frame through its frame pointer). The runtime calls fn
// itself with a copy as its stack arguments, so recover works; the rest is
// deferproc's protocol. Every function whose body calls
// recover is noinline, and no function makes a tail call
// ("disable-tail-calls", as gc never eliminates one; only the thunk of a
// deferred function value and a package function's value wrapper jump),
// so recover in a callee of a deferred call, or in a function called
// normally, sees its own caller and returns nil at every -O. Built-ins in
// go and defer statements (println, close, panic, runtime.Gosched, ...)
// get a thunk that runs the built-in on the values loaded from the block
// (emitBuiltinThunk); `defer recover()` and `go recover()` do nothing, as
// in Go.
//
// Runtime calls follow the target's C ABI; gort.h's two-word structs
// (GoString, GoEface) passed by value are lowered here per target
// (rtCall): two scalar arguments on x86-64, byval on i386, [2 x i32]
// on ARM; returned (rtCallPair) in rax:rdx on x86-64, through sret
// elsewhere.
//
// Type descriptors. Each type the program boxes into interface{} or makes
// a channel of gets one constant GoType (gort.h), linkonce_odr, named as gc
// names them: "type.int", "type.chan int".
//
// Integer semantics are Go's: arithmetic wraps; x/0 and x%0 call
// runtime.panicdivide; MinInt / -1 is MinInt and MinInt % -1 is 0 (the
// divisor -1 is replaced by 1 and the quotient negated, since x86's idiv
// traps); shifts by counts >= the width give 0 (or the sign for >> of a
// signed value); a negative signed count calls runtime.panicshift.
//
// DWARF. With Options.Debug, a compile unit of language DW_LANG_Go, one
// DISubprogram per function under its Go name, a line for every statement
// and call, and a DILocalVariable for every named local and parameter (a
// captured one is described through its cell: DW_OP_deref).
//
//===----------------------------------------------------------------------===//

#include "CodeGen.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/TargetParser/Triple.h"
#include <cassert>
#include <deque>
#include <functional>
#include <map>
#include <set>

using namespace gort;
using llvm::BasicBlock;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::StringRef;
using llvm::Value;

namespace {

/// How a target's C ABI passes a two-word struct (GoString, GoEface).
enum class PairABI { Split, ByVal, IntArray };

class CodeGen {
public:
  CodeGen(const File &F, SemaInfo &Info, Diagnostics &Diags, llvm::Module &M,
          const CodeGenOptions &Opts);
  bool run();

private:
  // --- Function state ------------------------------------------------------
  struct Target {
    const Object *Label; ///< null when unlabeled
    BasicBlock *Break;
    BasicBlock *Continue; ///< null for switch and select
  };
  struct FuncState {
    llvm::Function *Fn = nullptr;
    const Node *Decl = nullptr; ///< FuncDecl or FuncLit
    const FuncInfo *FI = nullptr;
    std::string Name;
    llvm::DISubprogram *SP = nullptr;
    BasicBlock *AllocaBB = nullptr;
    llvm::DenseMap<const Object *, Value *> Vars; ///< object -> address
    llvm::DenseMap<const Object *, BasicBlock *> Labels;
    std::vector<Target> Targets;
    unsigned NumLits = 0;  ///< function literals made so far
    unsigned NumWraps = 0; ///< go thunks made so far
    unsigned NumDefers = 0; ///< defer thunks made so far
    /// The body has a defer statement: every exit goes through Exit, which
    /// calls deferreturn and returns what ResultSlots hold, and every
    /// variable is read and written with volatile accesses.
    bool Defers = false;
    BasicBlock *Exit = nullptr;
    std::vector<Value *> ResultSlots; ///< allocas (or cell slots) of results
    std::vector<bool> ResultInCell;   ///< the slot holds a captured cell's address
    /// A deferred call's thunk running a copy of the callee's body: the
    /// parameters (and closure) come from the block at ThunkArg, results
    /// are discarded.
    llvm::StructType *ThunkBlock = nullptr;
    /// Values a thunk loaded from its block, standing for the expressions
    /// evaluated at the defer statement (deferred built-in calls).
    llvm::DenseMap<const Expr *, Value *> PreEval;
  };
  /// A defer of a statically known function (package function or function
  /// literal): its thunk is made once every body has been emitted, when it
  /// is known whether the callee calls recover.
  struct PendingDefer {
    llvm::Function *Thunk;
    const Node *Target;        ///< FuncDecl or FuncLit
    llvm::StructType *BlockTy; ///< the arguments, then the closure
    unsigned NumArgs;
    SourceLoc Loc;
    llvm::Function *Direct; ///< the package function, else null
  };
  struct PendingLit {
    const FuncLit *FL;
    llvm::Function *Fn;
    std::string Name;
  };

  // --- Types ---------------------------------------------------------------
  llvm::Type *llvmType(Type *T);
  llvm::Type *memType(Type *T);
  llvm::FunctionType *funcType(SignatureType *S, bool WithContext);
  llvm::Type *resultType(SignatureType *S);
  llvm::Constant *typeDesc(Type *T);
  std::string typeName(Type *T);
  llvm::DIType *diType(Type *T);
  uint64_t sizeOf(Type *T) { return DL.getTypeAllocSize(memType(T)); }

  // --- Helpers -------------------------------------------------------------
  const TypeAndValue *tv(const Expr *E) {
    auto It = Info.Exprs.find(E);
    return It == Info.Exprs.end() ? nullptr : &It->second;
  }
  Type *typeOf(const Expr *E) {
    auto *T = tv(E);
    return T ? T->T : nullptr;
  }
  Object *objOf(const Ident *Id) {
    auto It = Info.Uses.find(Id);
    if (It != Info.Uses.end())
      return It->second;
    auto D = Info.Defs.find(Id);
    return D == Info.Defs.end() ? nullptr : D->second;
  }
  void unsupported(SourceLoc Loc, const llvm::Twine &What) {
    Diags.error(Loc, What + " is not supported yet");
  }
  void setLoc(SourceLoc L);
  // Debug positions honour //line directives (Diagnostics::presumed).
  llvm::DIFile *diFile(SourceLoc L);
  unsigned diLine(SourceLoc L) { return Diags.presumed(L).Line; }
  llvm::DILocation *diLoc(SourceLoc L, llvm::DISubprogram *SP);
  Value *loadValue(Type *T, Value *Addr);
  void storeValue(Type *T, Value *V, Value *Addr);
  Value *zeroValue(Type *T);
  Value *constValue(Type *T, const ConstValue &V);
  Value *stringConst(StringRef S);
  BasicBlock *newBlock(const llvm::Twine &Name);
  void startBlock(BasicBlock *BB);
  void branchTo(BasicBlock *BB);
  bool terminated() { return B.GetInsertBlock()->getTerminator() != nullptr; }
  llvm::AllocaInst *entryAlloca(llvm::Type *T, const llvm::Twine &Name);
  Value *mal(uint64_t Size);

  // Runtime calls.
  llvm::FunctionCallee rtFunc(StringRef Name, llvm::Type *Ret,
                              llvm::ArrayRef<llvm::Type *> Params,
                              bool NoReturn = false, bool BoolRet = false);
  llvm::CallInst *rtCall(StringRef Name, llvm::Type *Ret,
                         llvm::ArrayRef<Value *> Args, bool NoReturn = false,
                         bool BoolRet = false);
  void rtNoReturn(StringRef Name, llvm::ArrayRef<Value *> Args);
  Value *rtCallPair(StringRef Name, llvm::ArrayRef<Value *> Args);

  // --- Declarations --------------------------------------------------------
  void emitFuncDecl(const FuncDecl *FD);
  void emitFuncLit(const PendingLit &P);
  void emitPendingLits();
  void emitInit();
  void beginFunction(llvm::Function *Fn, const Node *Decl, StringRef Name,
                     SourceLoc Loc, bool HasContext);
  void finishFunction(SignatureType *Sig);
  void declareLocal(const Object *O, Value *Init, SourceLoc Loc,
                    unsigned ArgNo = 0);
  Value *varAddr(const Object *O);
  llvm::Constant *funcValueOf(const Object *O);

  // --- Statements ----------------------------------------------------------
  void emitBlock(const StmtList &L);
  void emitStmt(const Stmt *S, const Object *Label = nullptr);
  void emitDeclStmt(const DeclStmt *S);
  void emitAssign(const AssignStmt *S);
  void assignTo(const Expr *Lhs, Value *V, Type *VT, bool Define);
  void emitIf(const IfStmt *S);
  void emitFor(const ForStmt *S, const Object *Label);
  void emitRange(const RangeStmt *S, const Object *Label);
  void emitSwitch(const SwitchStmt *S, const Object *Label);
  void emitSelect(const SelectStmt *S, const Object *Label);
  void emitBranch(const BranchStmt *S);
  void emitReturn(const ReturnStmt *S);
  void emitGo(const GoStmt *S);
  void emitDefer(const DeferStmt *S);
  llvm::StructType *emitBuiltinThunk(const CallExpr *CE, llvm::Function *Thunk,
                                     SourceLoc Loc, Value **Blk,
                                     const llvm::Twine &BlockName);
  bool retInRegs386(SignatureType *S);
  struct StkLayout {
    bool Sret = false;
    std::vector<uint64_t> Offs; // of each leaf scalar (sret pointer first)
    uint64_t Size = 0;
    uint64_t StackBytes = 0; // of the block's stack-argument part
  };
  bool deferStkLayout(SignatureType *Sig, Value *Closure,
                      const std::vector<Value *> &Vals, StkLayout &L);
  void emitDeferStk(const DeferStmt *S, SignatureType *Sig, Value *Closure,
                    std::vector<Value *> Vals, const StkLayout &L);
  void emitPendingDefers();
  BasicBlock *labelBlock(const Object *L);

  // --- Expressions ---------------------------------------------------------
  Value *emitExpr(const Expr *E);
  Value *emitExprTo(const Expr *E, Type *To);
  std::vector<Value *> emitTuple(const Expr *E, std::vector<Type *> &Types);
  std::vector<Value *> emitValues(const ExprList &L,
                                  const std::vector<Type *> &To);
  Value *convert(Value *V, Type *From, Type *To);
  Value *box(Value *V, Type *From);
  Value *emitIdent(const Ident *Id);
  Value *emitUnary(const UnaryExpr *E);
  Value *emitBinary(const BinaryExpr *E);
  Value *binaryOp(Tok Op, Value *X, Value *Y, Type *T, Type *YT,
                  SourceLoc Loc, const Expr *YE);
  Value *compare(Tok Op, Value *X, Type *XT, Value *Y, Type *YT,
                 SourceLoc Loc);
  Value *divide(bool Rem, Value *X, Value *Y, Type *T, const Expr *YE);
  Value *shift(bool Left, Value *X, Value *Y, Type *T, Type *YT,
               const Expr *YE);
  Value *emitCall(const CallExpr *E);
  Value *emitBuiltin(const CallExpr *E, const Object *O);
  void emitPrint(const CallExpr *E, bool Ln);
  Value *emitFuncLitValue(const FuncLit *FL);
  Value *recv(Value *Ch, Type *ChT, Value **Ok);
  struct Callee {
    llvm::Function *Direct = nullptr; ///< package function
    Value *Closure = nullptr;         ///< function value
    SignatureType *Sig = nullptr;
  };
  bool calleeOf(const Expr *Fun, Callee &C);
  llvm::StructType *argBlock(llvm::ArrayRef<Value *> Vals, Value **Addr,
                             const llvm::Twine &Name);
  Value *blockField(llvm::IRBuilder<> &TB, llvm::StructType *BlockTy,
                    Value *Blk, unsigned I, llvm::Type *T);
  llvm::Function *newThunk(const llvm::Twine &Name);
  llvm::DISubprogram *thunkSubprogram(llvm::Function *Thunk, SourceLoc Loc);
  void emitCallThunk(llvm::Function *Thunk, SourceLoc Loc, const Callee &C,
                     llvm::StructType *BlockTy, unsigned NumArgs,
                     bool Deferred);
  Value *callWith(const Callee &C, llvm::ArrayRef<Value *> Args);
  std::vector<Value *> callArgs(const CallExpr *E, SignatureType *Sig);

  const File &F;
  SemaInfo &Info;
  Diagnostics &Diags;
  llvm::Module &M;
  llvm::LLVMContext &Ctx;
  const llvm::DataLayout &DL;
  llvm::Triple TT;
  const CodeGenOptions &Opts;
  llvm::IRBuilder<> B;
  PairABI PairPass;
  llvm::IntegerType *IntTy;    ///< int, uint, uintptr
  llvm::PointerType *PtrTy;
  llvm::StructType *StringTy;  ///< { ptr, iP }
  llvm::StructType *EfaceTy;   ///< { ptr, ptr }
  llvm::StructType *GoTypeTy;  ///< gort.h's GoType

  std::unique_ptr<llvm::DIBuilder> DIB;
  llvm::DICompileUnit *CU = nullptr;
  llvm::DIFile *DIF = nullptr;
  std::map<std::string, llvm::DIFile *> DIFiles; ///< named by //line
  std::map<std::string, llvm::DIType *> DITypes;

  FuncState *Cur = nullptr;
  llvm::DenseMap<const Object *, llvm::Function *> Funcs;
  llvm::DenseMap<const Object *, llvm::GlobalVariable *> Globals;
  std::map<std::string, llvm::Constant *> TypeDescs;
  llvm::StringMap<llvm::Constant *> Strings;
  std::deque<PendingLit> Lits;
  std::deque<PendingDefer> DeferQ;
  llvm::DenseMap<llvm::Function *, const FuncDecl *> DeclOf;
  std::set<const Node *> Recovers; ///< functions whose body calls recover
  /// The frame slot holding a captured variable's cell address.
  llvm::DenseMap<const Object *, Value *> CellSlots;
  bool Failed = false;
};

} // namespace

CodeGen::CodeGen(const File &F, SemaInfo &Info, Diagnostics &Diags,
                 llvm::Module &M, const CodeGenOptions &Opts)
    : F(F), Info(Info), Diags(Diags), M(M), Ctx(M.getContext()),
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
  GoTypeTy = llvm::StructType::create(
      Ctx,
      {IntTy, B.getInt32Ty(), B.getInt32Ty(), StringTy, PtrTy, PtrTy, IntTy,
       PtrTy, PtrTy},
      "GoType");
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

llvm::Type *CodeGen::llvmType(Type *T) {
  T = underlying(T);
  switch (T->getKind()) {
  case Type::TK_Basic:
    switch (cast<BasicType>(T)->BK) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return B.getInt1Ty();
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return B.getInt8Ty();
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return B.getInt16Ty();
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::UntypedRune:
      return B.getInt32Ty();
    case BasicKind::Int64:
    case BasicKind::Uint64:
      return B.getInt64Ty();
    case BasicKind::String:
    case BasicKind::UntypedString:
      return StringTy;
    case BasicKind::UntypedNil:
      return PtrTy;
    default:
      return IntTy;
    }
  case Type::TK_Chan:
  case Type::TK_Func:
    return PtrTy;
  case Type::TK_Interface:
    return EfaceTy;
  case Type::TK_Tuple: {
    std::vector<llvm::Type *> Elems;
    for (Type *E : cast<TupleType>(T)->Elems)
      Elems.push_back(llvmType(E));
    return llvm::StructType::get(Ctx, Elems);
  }
  case Type::TK_Named:
    break;
  }
  return IntTy;
}

llvm::Type *CodeGen::memType(Type *T) {
  llvm::Type *LT = llvmType(T);
  return LT->isIntegerTy(1) ? B.getInt8Ty() : LT;
}

llvm::Type *CodeGen::resultType(SignatureType *S) {
  if (S->Results.empty())
    return B.getVoidTy();
  if (S->Results.size() == 1)
    return llvmType(S->Results[0]);
  std::vector<llvm::Type *> Elems;
  for (Type *R : S->Results)
    Elems.push_back(llvmType(R));
  return llvm::StructType::get(Ctx, Elems);
}

llvm::FunctionType *CodeGen::funcType(SignatureType *S, bool WithContext) {
  std::vector<llvm::Type *> Params;
  if (WithContext)
    Params.push_back(PtrTy);
  for (Type *P : S->Params)
    Params.push_back(llvmType(P));
  return llvm::FunctionType::get(resultType(S), Params, /*isVarArg=*/false);
}

/// gc's name of a type: byte and rune are uint8 and int32.
std::string CodeGen::typeName(Type *T) {
  switch (T->getKind()) {
  case Type::TK_Basic: {
    BasicKind K = cast<BasicType>(T)->BK;
    if (K == BasicKind::Uint8)
      return "uint8";
    if (K == BasicKind::Int32)
      return "int32";
    return cast<BasicType>(T)->Name;
  }
  case Type::TK_Chan: {
    auto *C = cast<ChannelType>(T);
    std::string Elem = typeName(C->Elem);
    if (C->Dir == ChannelType::SendOnly)
      return "chan<- " + Elem;
    if (C->Dir == ChannelType::RecvOnly)
      return "<-chan " + Elem;
    auto *EC = dyn_cast<ChannelType>(C->Elem);
    if (EC && EC->Dir == ChannelType::RecvOnly)
      return "chan (" + Elem + ")";
    return "chan " + Elem;
  }
  default:
    return typeString(T);
  }
}

static unsigned goKind(Type *T) {
  Type *U = underlying(T);
  switch (U->getKind()) {
  case Type::TK_Chan:
    return 18;
  case Type::TK_Func:
    return 19;
  case Type::TK_Interface:
    return 20;
  case Type::TK_Basic:
    switch (cast<BasicType>(U)->BK) {
    case BasicKind::Bool: return 1;
    case BasicKind::Int: return 2;
    case BasicKind::Int8: return 3;
    case BasicKind::Int16: return 4;
    case BasicKind::Int32: return 5;
    case BasicKind::Int64: return 6;
    case BasicKind::Uint: return 7;
    case BasicKind::Uint8: return 8;
    case BasicKind::Uint16: return 9;
    case BasicKind::Uint32: return 10;
    case BasicKind::Uint64: return 11;
    case BasicKind::Uintptr: return 12;
    case BasicKind::String: return 24;
    default: return 0;
    }
  default:
    return 0;
  }
}

/// The GoType of T (gort.h), one linkonce_odr constant per type name.
llvm::Constant *CodeGen::typeDesc(Type *T) {
  std::string Name = typeName(T);
  auto It = TypeDescs.find(Name);
  if (It != TypeDescs.end())
    return It->second;
  llvm::Constant *Elem = llvm::ConstantPointerNull::get(PtrTy);
  if (auto *C = dyn_cast<ChannelType>(underlying(T)))
    Elem = typeDesc(C->Elem);
  llvm::Type *MT = memType(T);
  llvm::Constant *Init = llvm::ConstantStruct::get(
      GoTypeTy,
      {llvm::ConstantInt::get(IntTy, DL.getTypeAllocSize(MT)),
       B.getInt32(goKind(T)), B.getInt32(DL.getABITypeAlign(MT).value()),
       cast<llvm::Constant>(stringConst(Name)), Elem,
       llvm::ConstantPointerNull::get(PtrTy), llvm::ConstantInt::get(IntTy, 0),
       llvm::ConstantPointerNull::get(PtrTy),
       llvm::ConstantPointerNull::get(PtrTy)});
  auto *GV = new llvm::GlobalVariable(M, GoTypeTy, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      Init, "type." + Name);
  TypeDescs[Name] = GV;
  return GV;
}

llvm::DIType *CodeGen::diType(Type *T) {
  std::string Name = typeName(T);
  auto It = DITypes.find(Name);
  if (It != DITypes.end())
    return It->second;
  unsigned PtrBits = DL.getPointerSizeInBits();
  llvm::DIType *D = nullptr;
  Type *U = underlying(T);
  if (auto *BT = dyn_cast<BasicType>(U)) {
    if (BT->BK == BasicKind::Bool) {
      D = DIB->createBasicType(Name, 8, llvm::dwarf::DW_ATE_boolean);
    } else if (BT->BK == BasicKind::String) {
      auto *U8 = DIB->createBasicType("uint8", 8, llvm::dwarf::DW_ATE_unsigned);
      auto *P = DIB->createPointerType(U8, PtrBits);
      auto *IntD = DIB->createBasicType("int", PtrBits, llvm::dwarf::DW_ATE_signed);
      auto *Str = DIB->createMemberType(CU, "str", DIF, 0, PtrBits, PtrBits, 0,
                                        llvm::DINode::FlagZero, P);
      auto *Len = DIB->createMemberType(CU, "len", DIF, 0, PtrBits, PtrBits,
                                        PtrBits, llvm::DINode::FlagZero, IntD);
      D = DIB->createStructType(CU, "string", DIF, 0, 2 * PtrBits, PtrBits,
                                llvm::DINode::FlagZero, nullptr,
                                DIB->getOrCreateArray({Str, Len}));
    } else {
      unsigned Bits = llvmType(U)->getIntegerBitWidth();
      D = DIB->createBasicType(Name, Bits,
                               isUnsigned(U) ? llvm::dwarf::DW_ATE_unsigned
                                             : llvm::dwarf::DW_ATE_signed);
    }
  } else if (isa<EmptyInterfaceType>(U)) {
    auto *VP = DIB->createPointerType(nullptr, PtrBits);
    auto *Ty = DIB->createMemberType(CU, "_type", DIF, 0, PtrBits, PtrBits, 0,
                                     llvm::DINode::FlagZero, VP);
    auto *Data = DIB->createMemberType(CU, "data", DIF, 0, PtrBits, PtrBits,
                                       PtrBits, llvm::DINode::FlagZero, VP);
    D = DIB->createStructType(CU, Name, DIF, 0, 2 * PtrBits, PtrBits,
                              llvm::DINode::FlagZero, nullptr,
                              DIB->getOrCreateArray({Ty, Data}));
  } else {
    D = DIB->createPointerType(nullptr, PtrBits, 0, std::nullopt, Name);
  }
  DITypes[Name] = D;
  return D;
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

void CodeGen::setLoc(SourceLoc L) {
  if (!DIB || !Cur || !Cur->SP || !L.isValid())
    return;
  B.SetCurrentDebugLocation(diLoc(L, Cur->SP));
}

/// The file a //line directive names at L (relative names are taken from
/// the current directory, as gc does), or the source file.
llvm::DIFile *CodeGen::diFile(SourceLoc L) {
  StringRef Name = Diags.presumed(L).File;
  if (Name == Diags.getFileName())
    return DIF;
  llvm::DIFile *&F = DIFiles[Name.str()];
  if (!F) {
    llvm::SmallString<256> Dir;
    llvm::sys::fs::current_path(Dir);
    F = DIB->createFile(Name, Dir);
  }
  return F;
}

/// A location in SP; one in another file than SP's goes through a lexical
/// block file, the way DWARF names a file per line.
llvm::DILocation *CodeGen::diLoc(SourceLoc L, llvm::DISubprogram *SP) {
  PresumedLoc P = Diags.presumed(L);
  llvm::DIFile *F = diFile(L);
  llvm::DIScope *Scope = SP;
  if (F != SP->getFile())
    Scope = DIB->createLexicalBlockFile(SP, F);
  return llvm::DILocation::get(Ctx, P.Line, P.Col, Scope);
}

/// In a function that defers, every variable is accessed with volatile
/// loads and stores: when deferproc returns the second time (a deferred
/// call recovered), only memory holds what the function did since.
Value *CodeGen::loadValue(Type *T, Value *Addr) {
  llvm::Type *LT = llvmType(T);
  bool Vol = Cur && Cur->Defers;
  if (LT->isIntegerTy(1))
    return B.CreateTrunc(B.CreateLoad(B.getInt8Ty(), Addr, Vol), LT);
  return B.CreateLoad(LT, Addr, Vol);
}

void CodeGen::storeValue(Type *T, Value *V, Value *Addr) {
  if (V->getType()->isIntegerTy(1))
    V = B.CreateZExt(V, B.getInt8Ty());
  B.CreateStore(V, Addr, Cur && Cur->Defers);
}

Value *CodeGen::zeroValue(Type *T) {
  return llvm::Constant::getNullValue(llvmType(T));
}

Value *CodeGen::stringConst(StringRef S) {
  auto It = Strings.find(S);
  if (It != Strings.end())
    return It->second;
  llvm::Constant *Data;
  if (S.empty()) {
    Data = llvm::ConstantPointerNull::get(PtrTy);
  } else {
    auto *Init = llvm::ConstantDataArray::getString(Ctx, S, /*AddNull=*/false);
    auto *GV = new llvm::GlobalVariable(M, Init->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, Init,
                                        "go.string");
    GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(llvm::Align(1));
    Data = GV;
  }
  llvm::Constant *C = llvm::ConstantStruct::get(
      StringTy, {Data, llvm::ConstantInt::get(IntTy, S.size())});
  Strings[S] = C;
  return C;
}

Value *CodeGen::constValue(Type *T, const ConstValue &V) {
  llvm::Type *LT = llvmType(T);
  switch (V.K) {
  case ConstValue::Bool:
    if (isa<EmptyInterfaceType>(underlying(T)))
      return box(B.getInt1(V.B), Info.Types.basic(BasicKind::Bool));
    return B.getInt1(V.B);
  case ConstValue::String:
    if (isa<EmptyInterfaceType>(underlying(T)))
      return box(stringConst(V.S), Info.Types.basic(BasicKind::String));
    return stringConst(V.S);
  case ConstValue::Int:
    if (isa<EmptyInterfaceType>(underlying(T)))
      return box(llvm::ConstantInt::get(IntTy, V.I.trunc(IntTy->getBitWidth())),
                 Info.Types.basic(BasicKind::Int));
    if (!LT->isIntegerTy())
      return llvm::Constant::getNullValue(LT);
    return llvm::ConstantInt::get(LT, V.I.trunc(LT->getIntegerBitWidth()));
  case ConstValue::None:
    break;
  }
  return llvm::Constant::getNullValue(LT);
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

Value *CodeGen::mal(uint64_t Size) {
  return rtCall("runtime.mal", PtrTy,
                {llvm::ConstantInt::get(IntTy, Size ? Size : 1)});
}

llvm::FunctionCallee CodeGen::rtFunc(StringRef Name, llvm::Type *Ret,
                                     llvm::ArrayRef<llvm::Type *> Params,
                                     bool NoReturn, bool BoolRet) {
  auto *FT = llvm::FunctionType::get(Ret, Params, false);
  llvm::FunctionCallee FC = M.getOrInsertFunction(Name, FT);
  if (auto *Fn = dyn_cast<llvm::Function>(FC.getCallee())) {
    if (NoReturn)
      Fn->setDoesNotReturn();
    for (unsigned I = 0; I < Params.size(); ++I)
      if (Params[I]->isIntegerTy(1))
        Fn->addParamAttr(I, llvm::Attribute::ZExt);
    if (BoolRet)
      Fn->addRetAttr(llvm::Attribute::ZExt);
  }
  return FC;
}

/// Calls a runtime function with the target's C ABI: two-word structs
/// (GoString, GoEface) are lowered per PairPass.
llvm::CallInst *CodeGen::rtCall(StringRef Name, llvm::Type *Ret,
                                llvm::ArrayRef<Value *> Args, bool NoReturn,
                                bool BoolRet) {
  std::vector<llvm::Type *> Params;
  std::vector<Value *> Actual;
  std::vector<std::pair<unsigned, llvm::Type *>> ByVal;
  for (Value *A : Args) {
    auto *ST = dyn_cast<llvm::StructType>(A->getType());
    if (!ST) {
      Params.push_back(A->getType());
      Actual.push_back(A);
      continue;
    }
    switch (PairPass) {
    case PairABI::Split:
      for (unsigned I = 0; I < ST->getNumElements(); ++I) {
        Params.push_back(ST->getElementType(I));
        Actual.push_back(B.CreateExtractValue(A, I));
      }
      break;
    case PairABI::ByVal: {
      auto *Tmp = entryAlloca(ST, "byval");
      B.CreateStore(A, Tmp);
      ByVal.push_back({unsigned(Params.size()), ST});
      Params.push_back(PtrTy);
      Actual.push_back(Tmp);
      break;
    }
    case PairABI::IntArray: {
      auto *AT = llvm::ArrayType::get(IntTy, DL.getTypeAllocSize(ST) /
                                                 DL.getTypeAllocSize(IntTy));
      auto *Tmp = entryAlloca(ST, "pair");
      B.CreateStore(A, Tmp);
      Params.push_back(AT);
      Actual.push_back(B.CreateLoad(AT, Tmp));
      break;
    }
    }
  }
  llvm::FunctionCallee FC = rtFunc(Name, Ret, Params, NoReturn, BoolRet);
  auto *Fn = cast<llvm::Function>(FC.getCallee());
  for (auto &BV : ByVal) {
    Fn->addParamAttr(BV.first,
                     llvm::Attribute::getWithByValType(Ctx, BV.second));
    Fn->addParamAttr(BV.first, llvm::Attribute::getWithAlignment(
                                   Ctx, llvm::Align(DL.getPointerSize())));
  }
  llvm::CallInst *CI = B.CreateCall(FC, Actual);
  CI->setAttributes(Fn->getAttributes());
  return CI;
}

/// Calls a runtime function that returns a two-word struct: in rax:rdx on
/// x86-64, through a hidden pointer (sret) on i386 and ARM.
Value *CodeGen::rtCallPair(StringRef Name, llvm::ArrayRef<Value *> Args) {
  if (PairPass == PairABI::Split)
    return rtCall(Name, EfaceTy, Args);
  auto *Tmp = entryAlloca(EfaceTy, "pairret");
  std::vector<Value *> All{Tmp};
  All.insert(All.end(), Args.begin(), Args.end());
  llvm::CallInst *CI = rtCall(Name, B.getVoidTy(), All);
  auto SRet = llvm::Attribute::getWithStructRetType(Ctx, EfaceTy);
  CI->getCalledFunction()->addParamAttr(0, SRet);
  CI->addParamAttr(0, SRet);
  return B.CreateLoad(EfaceTy, Tmp);
}

void CodeGen::rtNoReturn(StringRef Name, llvm::ArrayRef<Value *> Args) {
  rtCall(Name, B.getVoidTy(), Args, /*NoReturn=*/true);
  B.CreateUnreachable();
  startBlock(newBlock("dead"));
}

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

static std::string funcName(const FuncDecl *FD, unsigned &InitCount) {
  if (FD->Name->Name == "init")
    return "main.init." + std::to_string(InitCount++);
  return "main." + FD->Name->Name;
}

/// Go never eliminates tail calls: recover (gorecover compares its caller's
/// return address), tracebacks and the stack limit rely on every frame.
/// Only the wrappers that must be invisible to recover re-enable them
/// (allowTailCall).
static void setGoAttrs(llvm::Function *Fn) {
  Fn->addFnAttr("split-stack");
  Fn->addFnAttr("disable-tail-calls", "true");
  Fn->setUWTableKind(llvm::UWTableKind::Async);
}

/// Makes CI, the last call of a wrapper that must be invisible to recover,
/// a jump: its callee then returns where the wrapper would have.
static void allowTailCall(llvm::CallInst *CI) {
  CI->getFunction()->addFnAttr("disable-tail-calls", "false");
  CI->setTailCall();
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

  // Declare every package function first, so calls may precede bodies.
  unsigned InitCount = 0;
  std::vector<std::pair<const FuncDecl *, llvm::Function *>> Bodies;
  std::vector<llvm::Function *> InitFns;
  for (auto &D : F.Decls) {
    auto *FD = dyn_cast<FuncDecl>(D.get());
    if (!FD)
      continue;
    if (FD->IsMethod) {
      unsupported(FD->getLoc(), "methods");
      continue;
    }
    if (!FD->Body) {
      Diags.error(FD->Name->getLoc(), "missing function body");
      Failed = true;
      continue;
    }
    auto It = Info.Funcs.find(FD);
    if (It == Info.Funcs.end())
      continue;
    auto *Fn = llvm::Function::Create(funcType(It->second.Sig, false),
                                      llvm::GlobalValue::ExternalLinkage,
                                      funcName(FD, InitCount), M);
    setGoAttrs(Fn);
    DeclOf[Fn] = FD;
    if (FD->Name->Name == "init")
      InitFns.push_back(Fn);
    else if (Object *O = Info.Defs.lookup(FD->Name.get()))
      Funcs[O] = Fn;
    Bodies.push_back({FD, Fn});
  }
  // Package variables: zeroed globals.
  for (auto &E : Info.InitOrder)
    for (Object *O : E.Lhs)
      if (O && !Globals.count(O)) {
        auto *GV = new llvm::GlobalVariable(
            M, memType(O->T), false, llvm::GlobalValue::ExternalLinkage,
            llvm::Constant::getNullValue(memType(O->T)), "main." + O->Name);
        Globals[O] = GV;
        if (DIB) {
          auto *GVE = DIB->createGlobalVariableExpression(
              CU, "main." + O->Name, "", diFile(O->Loc), diLine(O->Loc),
              diType(O->T),
              false);
          GV->addDebugInfo(GVE);
        }
      }
  // Package variables without an initializer may be missing from InitOrder.
  for (auto &P : Info.Defs) {
    Object *O = P.second;
    if (O && O->Kind == Object::Var && O->Global && !Globals.count(O)) {
      Globals[O] = new llvm::GlobalVariable(
          M, memType(O->T), false, llvm::GlobalValue::ExternalLinkage,
          llvm::Constant::getNullValue(memType(O->T)), "main." + O->Name);
    }
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

  // main.init: package variables in dependency order, then init functions.
  {
    auto *Fn = llvm::Function::Create(
        llvm::FunctionType::get(B.getVoidTy(), false),
        llvm::GlobalValue::ExternalLinkage, "main.init", M);
    setGoAttrs(Fn);
    FuncState FS;
    Cur = &FS;
    FuncInfo Empty;
    FS.FI = &Empty;
    beginFunction(Fn, &F, "main.init", F.getLoc(), false);
    for (auto &E : Info.InitOrder) {
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
  emitPendingDefers();

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

/// Whether the statements (not counting function literals) defer a call.
static bool hasDefer(const Stmt *S) {
  if (!S)
    return false;
  auto Any = [](const StmtList &L) {
    for (auto &X : L)
      if (hasDefer(X.get()))
        return true;
    return false;
  };
  switch (S->getKind()) {
  case Node::NK_DeferStmt:
    return true;
  case Node::NK_LabeledStmt:
    return hasDefer(cast<LabeledStmt>(S)->S.get());
  case Node::NK_BlockStmt:
    return Any(cast<BlockStmt>(S)->List);
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return hasDefer(I->Init.get()) || hasDefer(I->Then.get()) ||
           hasDefer(I->Else.get());
  }
  case Node::NK_CaseClause:
    return Any(cast<CaseClause>(S)->Body);
  case Node::NK_CommClause:
    return Any(cast<CommClause>(S)->Body);
  case Node::NK_SwitchStmt:
    return hasDefer(cast<SwitchStmt>(S)->Body.get());
  case Node::NK_TypeSwitchStmt:
    return hasDefer(cast<TypeSwitchStmt>(S)->Body.get());
  case Node::NK_SelectStmt:
    return hasDefer(cast<SelectStmt>(S)->Body.get());
  case Node::NK_ForStmt:
    return hasDefer(cast<ForStmt>(S)->Body.get());
  case Node::NK_RangeStmt:
    return hasDefer(cast<RangeStmt>(S)->Body.get());
  default:
    return false;
  }
}

void CodeGen::beginFunction(llvm::Function *Fn, const Node *Decl,
                            StringRef Name, SourceLoc Loc, bool HasContext) {
  Cur->Fn = Fn;
  Cur->Decl = Decl;
  Cur->Name = Name.str();
  Cur->AllocaBB = BasicBlock::Create(Ctx, "entry", Fn);
  BasicBlock *Body = BasicBlock::Create(Ctx, "body", Fn);
  B.SetInsertPoint(Body);
  if (auto *FD = dyn_cast<FuncDecl>(Decl))
    Cur->Defers = hasDefer(FD->Body.get());
  else if (auto *FL = dyn_cast<FuncLit>(Decl))
    Cur->Defers = hasDefer(FL->Body.get());
  if (Cur->Defers)
    Cur->Exit = BasicBlock::Create(Ctx, "exit");
  B.SetCurrentDebugLocation(llvm::DebugLoc());
  if (DIB) {
    std::vector<llvm::Metadata *> Sig;
    Sig.push_back(nullptr);
    if (Cur->FI->Sig)
      for (Type *P : Cur->FI->Sig->Params)
        Sig.push_back(diType(P));
    auto *ST = DIB->createSubroutineType(DIB->getOrCreateTypeArray(Sig));
    Cur->SP = DIB->createFunction(
        DIF, Name, "", diFile(Loc), diLine(Loc), ST, diLine(Loc),
        llvm::DINode::FlagPrototyped,
        llvm::DISubprogram::SPFlagDefinition |
            (Opts.Optimized ? llvm::DISubprogram::SPFlagOptimized
                            : llvm::DISubprogram::SPFlagZero));
    Fn->setSubprogram(Cur->SP);
  }
  // The stores of parameters carry no line, so the debugger's breakpoint at
  // a function (after the prologue) sees them stored.
  // Parameters and named results become variables.
  unsigned ArgIdx = HasContext ? 1 : 0;
  const FuncInfo *FI = Cur->FI;
  // A deferred call's copy of the body (emitPendingDefers): the arguments,
  // then the closure, come from the block.
  Value *Blk = Cur->ThunkBlock ? Fn->getArg(0) : nullptr;
  size_t NumParams = FI->Sig ? FI->Sig->Params.size() : 0;
  auto Param = [&](size_t I) -> Value * {
    if (!Blk)
      return Fn->getArg(ArgIdx + I);
    return blockField(B, Cur->ThunkBlock, Blk, I,
                      llvmType(FI->Sig->Params[I]));
  };
  if (HasContext) {
    // Captured variables: cells reached through the closure object.
    Value *Clo = Fn->getArg(0);
    if (Blk)
      Clo = B.CreateLoad(PtrTy,
                         B.CreateStructGEP(Cur->ThunkBlock, Blk, NumParams));
    Clo->setName("closure");
    for (size_t I = 0; I < FI->Captures.size(); ++I) {
      Value *Slot = B.CreateConstGEP1_64(PtrTy, Clo, I + 1);
      Value *Cell = B.CreateLoad(PtrTy, Slot, FI->Captures[I]->Name + ".cell");
      Cur->Vars[FI->Captures[I]] = Cell;
      if (DIB) {
        auto *A = entryAlloca(PtrTy, FI->Captures[I]->Name + ".ref");
        B.CreateStore(Cell, A);
        auto *Var = DIB->createAutoVariable(
            Cur->SP, FI->Captures[I]->Name, diFile(FI->Captures[I]->Loc),
            diLine(FI->Captures[I]->Loc), diType(FI->Captures[I]->T), true);
        DIB->insertDeclare(A, Var,
                           DIB->createExpression(llvm::ArrayRef<uint64_t>{
                               llvm::dwarf::DW_OP_deref}),
                           llvm::DILocation::get(Ctx, diLine(Loc), 0,
                                                 diLoc(Loc, Cur->SP)->getScope()),
                           Cur->AllocaBB);
      }
    }
  }
  if (FI->Sig) {
    for (size_t I = 0; I < FI->Sig->Params.size(); ++I) {
      Value *Arg = Param(I);
      const Object *O = I < FI->Params.size() ? FI->Params[I] : nullptr;
      if (!O || O->Name == "_")
        continue;
      Arg->setName(O->Name);
      declareLocal(O, Arg, O->Loc, I + 1);
    }
    for (size_t I = 0; I < FI->Results.size(); ++I)
      if (const Object *O = FI->Results[I])
        declareLocal(O, nullptr, O->Loc);
    // Where the exit of a function that defers finds its results: a named
    // result's own slot (for a captured one, the slot of its cell's
    // address), else a zeroed temporary. The exit reads nothing else.
    if (Cur->Defers && !Cur->ThunkBlock)
      for (size_t I = 0; I < FI->Sig->Results.size(); ++I) {
        const Object *O = I < FI->Results.size() ? FI->Results[I] : nullptr;
        if (O && O->Captured) {
          Cur->ResultSlots.push_back(CellSlots.lookup(O));
          Cur->ResultInCell.push_back(true);
          continue;
        }
        if (O) {
          Cur->ResultSlots.push_back(varAddr(O));
        } else {
          Type *T = FI->Sig->Results[I];
          Value *Slot = entryAlloca(memType(T), "result");
          storeValue(T, zeroValue(T), Slot);
          Cur->ResultSlots.push_back(Slot);
        }
        Cur->ResultInCell.push_back(false);
      }
  }
  setLoc(Loc);
}

void CodeGen::finishFunction(SignatureType *Sig) {
  if (!terminated()) {
    if (Cur->Exit)
      B.CreateBr(Cur->Exit);
    else if (!Sig || Sig->Results.empty() || Cur->ThunkBlock)
      B.CreateRetVoid();
    else
      B.CreateUnreachable();
  }
  if (Cur->Exit) {
    // deferreturn runs the deferred calls, each returning to this very
    // call instruction (a direct 5-byte call that must not become a jump),
    // then the results are read from memory, as the calls left them.
    Cur->Exit->insertInto(Cur->Fn);
    B.SetInsertPoint(Cur->Exit);
    rtCall("runtime.deferreturn", B.getVoidTy(), {})
        ->setTailCallKind(llvm::CallInst::TCK_NoTail);
    std::vector<Value *> Vals;
    for (size_t I = 0; I < Cur->ResultSlots.size(); ++I) {
      Type *T = Sig->Results[I];
      Value *Addr = Cur->ResultSlots[I];
      if (Cur->ResultInCell[I])
        Addr = B.CreateLoad(PtrTy, Addr, /*isVolatile=*/true);
      Vals.push_back(loadValue(T, Addr));
    }
    if (Vals.empty()) {
      B.CreateRetVoid();
    } else if (Vals.size() == 1) {
      B.CreateRet(Vals[0]);
    } else {
      Value *Agg = llvm::UndefValue::get(Cur->Fn->getReturnType());
      for (size_t I = 0; I < Vals.size(); ++I)
        Agg = B.CreateInsertValue(Agg, Vals[I], I);
      B.CreateRet(Agg);
    }
  }
  llvm::IRBuilder<> EB(Cur->AllocaBB);
  EB.CreateBr(&*std::next(Cur->Fn->begin()));
  B.SetCurrentDebugLocation(llvm::DebugLoc());
}

/// Makes O a variable of the current function, initialized to Init (or
/// zero), and describes it to the debugger.
void CodeGen::declareLocal(const Object *O, Value *Init, SourceLoc Loc,
                           unsigned ArgNo) {
  llvm::Type *MT = memType(O->T);
  Value *Addr;
  llvm::AllocaInst *DbgSlot;
  llvm::DIExpression *Expr = DIB ? DIB->createExpression() : nullptr;
  if (O->Captured) {
    Addr = mal(DL.getTypeAllocSize(MT));
    DbgSlot = entryAlloca(PtrTy, O->Name + ".ref");
    B.CreateStore(Addr, DbgSlot, Cur->Defers);
    CellSlots[O] = DbgSlot;
    if (DIB)
      Expr = DIB->createExpression(
          llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref});
  } else {
    DbgSlot = entryAlloca(MT, O->Name);
    Addr = DbgSlot;
  }
  storeValue(O->T, Init ? Init : zeroValue(O->T), Addr);
  Cur->Vars[O] = Addr;
  if (DIB && O->Name != "_" && Cur->SP) {
    llvm::DILocalVariable *Var;
    if (ArgNo)
      Var = DIB->createParameterVariable(Cur->SP, O->Name, ArgNo,
                                         diFile(O->Loc), diLine(O->Loc),
                                         diType(O->T), true);
    else
      Var = DIB->createAutoVariable(Cur->SP, O->Name, diFile(O->Loc),
                                    diLine(O->Loc), diType(O->T), true);
    DIB->insertDeclare(DbgSlot, Var, Expr, diLoc(Loc, Cur->SP),
                       Cur->AllocaBB);
  }
}

Value *CodeGen::varAddr(const Object *O) {
  auto It = Cur->Vars.find(O);
  if (It != Cur->Vars.end())
    return It->second;
  auto G = Globals.find(O);
  if (G != Globals.end())
    return G->second;
  Diags.error(O->Loc, "internal error: variable " + O->Name + " has no storage");
  Failed = true;
  return entryAlloca(memType(O->T), O->Name);
}

/// The closure object of package function O: constant { wrapper }.
llvm::Constant *CodeGen::funcValueOf(const Object *O) {
  llvm::Function *Fn = Funcs.lookup(O);
  std::string Name = Fn->getName().str() + "·f";
  if (auto *GV = M.getNamedGlobal(Name))
    return GV;
  auto *Sig = cast<SignatureType>(underlying(O->T));
  auto *W = llvm::Function::Create(funcType(Sig, true),
                                   llvm::GlobalValue::InternalLinkage,
                                   Fn->getName() + "·fw", M);
  setGoAttrs(W);
  {
    llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
    std::vector<Value *> Args;
    for (unsigned I = 1; I < W->arg_size(); ++I)
      Args.push_back(W->getArg(I));
    llvm::CallInst *R = WB.CreateCall(Fn, Args);
    // `defer fv()` with fv == f calls f through here: f must see defer's
    // call to recover.
    allowTailCall(R);
    if (W->getReturnType()->isVoidTy())
      WB.CreateRetVoid();
    else
      WB.CreateRet(R);
  }
  auto *Init = llvm::ConstantStruct::getAnon(Ctx, {W});
  auto *GV = new llvm::GlobalVariable(M, Init->getType(), true,
                                      llvm::GlobalValue::InternalLinkage, Init,
                                      Name);
  return GV;
}

void CodeGen::emitFuncLit(const PendingLit &P) {
  FuncState FS;
  FuncState *Saved = Cur;
  Cur = &FS;
  FS.FI = &Info.Funcs[P.FL];
  beginFunction(P.Fn, P.FL, P.Name, P.FL->getLoc(), true);
  emitBlock(P.FL->Body->List);
  setLoc(P.FL->Body->RBrace);
  finishFunction(FS.FI->Sig);
  Cur = Saved;
}

void CodeGen::emitPendingLits() {
  while (!Lits.empty()) {
    PendingLit L = Lits.front();
    Lits.pop_front();
    emitFuncLit(L);
  }
}

/// A function literal's value: its closure object, with the cells of the
/// variables it captures.
Value *CodeGen::emitFuncLitValue(const FuncLit *FL) {
  const FuncInfo &FI = Info.Funcs[FL];
  std::string Name = Cur->Name + ".func" + std::to_string(++Cur->NumLits);
  if (isa<FuncLit>(Cur->Decl))
    Name = Cur->Name + "." + std::to_string(Cur->NumLits);
  auto *Fn = llvm::Function::Create(funcType(FI.Sig, true),
                                    llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(Fn);
  Lits.push_back({FL, Fn, Name});
  if (FI.Captures.empty()) {
    auto *Init = llvm::ConstantStruct::getAnon(Ctx, {Fn});
    return new llvm::GlobalVariable(M, Init->getType(), true,
                                    llvm::GlobalValue::InternalLinkage, Init,
                                    Name + "·f");
  }
  uint64_t PS = DL.getPointerSize();
  Value *Clo = mal(PS * (1 + FI.Captures.size()));
  B.CreateStore(Fn, Clo);
  for (size_t I = 0; I < FI.Captures.size(); ++I)
    B.CreateStore(varAddr(FI.Captures[I]),
                  B.CreateConstGEP1_64(PtrTy, Clo, I + 1));
  return Clo;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void CodeGen::emitBlock(const StmtList &L) {
  for (auto &S : L)
    emitStmt(S.get());
}

BasicBlock *CodeGen::labelBlock(const Object *L) {
  BasicBlock *&BB = Cur->Labels[L];
  if (!BB)
    BB = newBlock(L->Name);
  return BB;
}

void CodeGen::emitStmt(const Stmt *S, const Object *Label) {
  setLoc(S->getLoc());
  switch (S->getKind()) {
  case Node::NK_EmptyStmt:
  case Node::NK_BadStmt:
    return;
  case Node::NK_DeclStmt:
    return emitDeclStmt(cast<DeclStmt>(S));
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    const Object *L = Info.Defs.lookup(LS->Label.get());
    if (L) {
      BasicBlock *BB = labelBlock(L);
      branchTo(BB);
      startBlock(BB);
    }
    return emitStmt(LS->S.get(), L);
  }
  case Node::NK_ExprStmt:
    emitExpr(cast<ExprStmt>(S)->X.get());
    return;
  case Node::NK_SendStmt: {
    auto *SS = cast<SendStmt>(S);
    Type *CT = typeOf(SS->Chan.get());
    Value *Ch = emitExpr(SS->Chan.get());
    Type *ET = cast<ChannelType>(underlying(CT))->Elem;
    Value *V = emitExprTo(SS->Value.get(), ET);
    auto *Tmp = entryAlloca(memType(ET), "send");
    storeValue(ET, V, Tmp);
    setLoc(S->getLoc());
    rtCall("runtime.chansend1", B.getVoidTy(), {Ch, Tmp});
    return;
  }
  case Node::NK_IncDecStmt: {
    auto *ID = cast<IncDecStmt>(S);
    Type *T = typeOf(ID->X.get());
    Value *X = emitExpr(ID->X.get());
    Value *One = llvm::ConstantInt::get(X->getType(), 1);
    Value *R = ID->Inc ? B.CreateAdd(X, One) : B.CreateSub(X, One);
    assignTo(ID->X.get(), R, T, false);
    return;
  }
  case Node::NK_AssignStmt:
    return emitAssign(cast<AssignStmt>(S));
  case Node::NK_GoStmt:
    return emitGo(cast<GoStmt>(S));
  case Node::NK_DeferStmt:
    return emitDefer(cast<DeferStmt>(S));
  case Node::NK_ReturnStmt:
    return emitReturn(cast<ReturnStmt>(S));
  case Node::NK_BranchStmt:
    return emitBranch(cast<BranchStmt>(S));
  case Node::NK_BlockStmt:
    return emitBlock(cast<BlockStmt>(S)->List);
  case Node::NK_IfStmt:
    return emitIf(cast<IfStmt>(S));
  case Node::NK_SwitchStmt:
    return emitSwitch(cast<SwitchStmt>(S), Label);
  case Node::NK_SelectStmt:
    return emitSelect(cast<SelectStmt>(S), Label);
  case Node::NK_ForStmt:
    return emitFor(cast<ForStmt>(S), Label);
  case Node::NK_RangeStmt:
    return emitRange(cast<RangeStmt>(S), Label);
  case Node::NK_TypeSwitchStmt:
    return unsupported(S->getLoc(), "type switches");
  default:
    return unsupported(S->getLoc(), "this statement");
  }
}

void CodeGen::emitDeclStmt(const DeclStmt *S) {
  const GenDecl *D = S->D.get();
  if (D->DeclTok != Tok::Var)
    return; // constants are folded; types need nothing
  for (auto &Sp : D->Specs) {
    auto *VS = cast<ValueSpec>(Sp.get());
    std::vector<const Object *> Objs;
    for (auto &N : VS->Names)
      Objs.push_back(Info.Defs.lookup(N.get()));
    std::vector<Value *> Vals;
    std::vector<Type *> Types;
    if (VS->Values.size() == VS->Names.size()) {
      for (size_t I = 0; I < VS->Values.size(); ++I) {
        Type *T = Objs[I] ? Objs[I]->T : typeOf(VS->Values[I].get());
        Vals.push_back(emitExprTo(VS->Values[I].get(), T));
        Types.push_back(T);
      }
    } else if (VS->Values.size() == 1) {
      Vals = emitTuple(VS->Values[0].get(), Types);
    }
    for (size_t I = 0; I < Objs.size(); ++I) {
      if (!Objs[I])
        continue;
      Value *Init = nullptr;
      if (I < Vals.size())
        Init = convert(Vals[I], Types[I], Objs[I]->T);
      declareLocal(Objs[I], Init, VS->Names[I]->getLoc());
    }
  }
}

/// Stores V (of type VT) into the variable Lhs names; Define declares it
/// when the identifier is new.
void CodeGen::assignTo(const Expr *Lhs, Value *V, Type *VT, bool Define) {
  while (auto *P = dyn_cast<ParenExpr>(Lhs))
    Lhs = P->X.get();
  auto *Id = dyn_cast<Ident>(Lhs);
  if (!Id) {
    unsupported(Lhs->getLoc(), "assignment to this expression");
    return;
  }
  if (Id->Name == "_")
    return;
  if (Define) {
    if (const Object *O = Info.Defs.lookup(Id)) {
      declareLocal(O, convert(V, VT, O->T), Id->getLoc());
      return;
    }
  }
  const Object *O = objOf(Id);
  if (!O)
    return;
  storeValue(O->T, convert(V, VT, O->T), varAddr(O));
}

void CodeGen::emitAssign(const AssignStmt *S) {
  bool Define = S->Op == Tok::Define;
  if (S->Op != Tok::Assign && !Define) {
    // x op= y
    static const std::pair<Tok, Tok> Ops[] = {
        {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub},
        {Tok::MulAssign, Tok::Mul}, {Tok::QuoAssign, Tok::Quo},
        {Tok::RemAssign, Tok::Rem}, {Tok::AndAssign, Tok::And},
        {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor},
        {Tok::ShlAssign, Tok::Shl}, {Tok::ShrAssign, Tok::Shr},
        {Tok::AndNotAssign, Tok::AndNot}};
    Tok Op = Tok::Add;
    for (auto &P : Ops)
      if (P.first == S->Op)
        Op = P.second;
    const Expr *L = S->Lhs[0].get(), *R = S->Rhs[0].get();
    Type *T = typeOf(L);
    Value *X = emitExpr(L);
    Type *YT = typeOf(R);
    bool IsShift = Op == Tok::Shl || Op == Tok::Shr;
    Value *Y = IsShift ? emitExpr(R) : emitExprTo(R, T);
    Value *V = binaryOp(Op, X, Y, T, IsShift ? YT : T, S->OpLoc, R);
    assignTo(L, V, T, false);
    return;
  }
  if (S->Lhs.size() == S->Rhs.size()) {
    std::vector<Value *> Vals;
    std::vector<Type *> Types;
    for (size_t I = 0; I < S->Rhs.size(); ++I) {
      Type *LT = nullptr;
      const Expr *L = S->Lhs[I].get();
      if (auto *Id = dyn_cast<Ident>(L))
        if (const Object *O = objOf(Id))
          LT = O->T;
      Type *RT = typeOf(S->Rhs[I].get());
      if (!LT)
        LT = RT;
      Vals.push_back(emitExprTo(S->Rhs[I].get(), LT));
      Types.push_back(LT);
    }
    for (size_t I = 0; I < S->Lhs.size(); ++I)
      assignTo(S->Lhs[I].get(), Vals[I], Types[I], Define);
    return;
  }
  std::vector<Type *> Types;
  std::vector<Value *> Vals = emitTuple(S->Rhs[0].get(), Types);
  for (size_t I = 0; I < S->Lhs.size() && I < Vals.size(); ++I)
    assignTo(S->Lhs[I].get(), Vals[I], Types[I], Define);
}

void CodeGen::emitIf(const IfStmt *S) {
  if (S->Init)
    emitStmt(S->Init.get());
  setLoc(S->Cond->getLoc());
  Value *C = emitExpr(S->Cond.get());
  BasicBlock *Then = newBlock("if.then"), *End = newBlock("if.end");
  BasicBlock *Else = S->Else ? newBlock("if.else") : End;
  B.CreateCondBr(C, Then, Else);
  startBlock(Then);
  emitBlock(S->Then->List);
  branchTo(End);
  if (S->Else) {
    startBlock(Else);
    emitStmt(S->Else.get());
    branchTo(End);
  }
  startBlock(End);
}

void CodeGen::emitFor(const ForStmt *S, const Object *Label) {
  if (S->Init)
    emitStmt(S->Init.get());
  BasicBlock *CondBB = newBlock("for.cond"), *Body = newBlock("for.body"),
             *Post = newBlock("for.post"), *End = newBlock("for.end");
  branchTo(CondBB);
  startBlock(CondBB);
  if (S->Cond) {
    setLoc(S->Cond->getLoc());
    B.CreateCondBr(emitExpr(S->Cond.get()), Body, End);
  } else {
    B.CreateBr(Body);
  }
  startBlock(Body);
  Cur->Targets.push_back({Label, End, Post});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Post);
  startBlock(Post);
  if (S->Post)
    emitStmt(S->Post.get());
  branchTo(CondBB);
  startBlock(End);
}

void CodeGen::emitRange(const RangeStmt *S, const Object *Label) {
  Type *CT = typeOf(S->X.get());
  auto *Ch = dyn_cast<ChannelType>(underlying(CT));
  if (!Ch)
    return unsupported(S->getLoc(), "range over " + typeString(CT));
  Value *C = emitExpr(S->X.get());
  // One variable for the whole loop, as in Go 1.19.
  const Object *V = nullptr;
  if (S->Key && S->Op == Tok::Define)
    if (auto *Id = dyn_cast<Ident>(S->Key.get()))
      if ((V = Info.Defs.lookup(Id)))
        declareLocal(V, nullptr, Id->getLoc());
  BasicBlock *Head = newBlock("range.next"), *Body = newBlock("range.body"),
             *End = newBlock("range.end");
  branchTo(Head);
  startBlock(Head);
  setLoc(S->getLoc());
  Value *Ok;
  Value *Elem = recv(C, CT, &Ok);
  B.CreateCondBr(Ok, Body, End);
  startBlock(Body);
  if (S->Key) {
    if (V)
      storeValue(V->T, convert(Elem, Ch->Elem, V->T), varAddr(V));
    else if (S->Op == Tok::Assign)
      assignTo(S->Key.get(), Elem, Ch->Elem, false);
  }
  Cur->Targets.push_back({Label, End, Head});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Head);
  startBlock(End);
}

void CodeGen::emitSwitch(const SwitchStmt *S, const Object *Label) {
  if (S->Init)
    emitStmt(S->Init.get());
  Value *Tag = nullptr;
  Type *TagT = nullptr;
  if (S->Tag) {
    TagT = typeOf(S->Tag.get());
    Tag = emitExpr(S->Tag.get());
  }
  std::vector<const CaseClause *> Clauses;
  for (auto &St : S->Body->List)
    Clauses.push_back(cast<CaseClause>(St.get()));
  std::vector<BasicBlock *> Bodies;
  BasicBlock *Default = nullptr, *End = newBlock("switch.end");
  for (auto *C : Clauses) {
    Bodies.push_back(newBlock(C->IsDefault ? "switch.default" : "switch.case"));
    if (C->IsDefault)
      Default = Bodies.back();
  }
  for (size_t I = 0; I < Clauses.size(); ++I) {
    for (auto &E : Clauses[I]->List) {
      setLoc(E->getLoc());
      Value *Cond;
      if (Tag)
        Cond = compare(Tok::Eql, Tag, TagT, emitExpr(E.get()), typeOf(E.get()),
                       E->getLoc());
      else
        Cond = emitExpr(E.get());
      BasicBlock *Next = newBlock("switch.next");
      B.CreateCondBr(Cond, Bodies[I], Next);
      startBlock(Next);
    }
  }
  B.CreateBr(Default ? Default : End);
  Cur->Targets.push_back({Label, End, nullptr});
  for (size_t I = 0; I < Clauses.size(); ++I) {
    startBlock(Bodies[I]);
    const StmtList &Body = Clauses[I]->Body;
    bool Falls = !Body.empty() && isa<BranchStmt>(Body.back().get()) &&
                 cast<BranchStmt>(Body.back().get())->BranchTok ==
                     Tok::Fallthrough;
    for (size_t J = 0; J + (Falls ? 1 : 0) < Body.size(); ++J)
      emitStmt(Body[J].get());
    branchTo(Falls && I + 1 < Bodies.size() ? Bodies[I + 1] : End);
  }
  Cur->Targets.pop_back();
  startBlock(End);
}

/// A receive from Ch into a fresh temporary; with Ok, also whether a value
/// came (chanrecv2).
Value *CodeGen::recv(Value *Ch, Type *ChT, Value **Ok) {
  Type *ET = cast<ChannelType>(underlying(ChT))->Elem;
  auto *Tmp = entryAlloca(memType(ET), "recv");
  if (Ok)
    *Ok = rtCall("runtime.chanrecv2", B.getInt1Ty(), {Ch, Tmp}, false, true);
  else
    rtCall("runtime.chanrecv1", B.getVoidTy(), {Ch, Tmp});
  return loadValue(ET, Tmp);
}

void CodeGen::emitSelect(const SelectStmt *S, const Object *Label) {
  struct Case {
    const CommClause *CC;
    int Index = -1; ///< selectgo's index; -1 for default
    bool Send = false;
    Value *Ch = nullptr, *Elem = nullptr, *Ok = nullptr;
    Type *ElemT = nullptr;
  };
  std::vector<Case> Cases;
  unsigned NSend = 0, NRecv = 0;
  bool HasDefault = false;
  // Channel operands and values to send are evaluated in source order.
  for (auto &St : S->Body->List) {
    auto *CC = cast<CommClause>(St.get());
    Case C;
    C.CC = CC;
    if (!CC->Comm) {
      HasDefault = true;
    } else if (auto *SS = dyn_cast<SendStmt>(CC->Comm.get())) {
      C.Send = true;
      Type *CT = typeOf(SS->Chan.get());
      C.ElemT = cast<ChannelType>(underlying(CT))->Elem;
      C.Ch = emitExpr(SS->Chan.get());
      Value *V = emitExprTo(SS->Value.get(), C.ElemT);
      C.Elem = entryAlloca(memType(C.ElemT), "send");
      storeValue(C.ElemT, V, C.Elem);
      ++NSend;
    } else {
      const Expr *RE = nullptr;
      if (auto *ES = dyn_cast<ExprStmt>(CC->Comm.get()))
        RE = ES->X.get();
      else if (auto *AS = dyn_cast<AssignStmt>(CC->Comm.get()))
        RE = AS->Rhs[0].get();
      while (auto *P = dyn_cast_or_null<ParenExpr>(RE))
        RE = P->X.get();
      auto *UE = dyn_cast_or_null<UnaryExpr>(RE);
      if (!UE) {
        unsupported(CC->getLoc(), "this select case");
        return;
      }
      Type *CT = typeOf(UE->X.get());
      C.ElemT = cast<ChannelType>(underlying(CT))->Elem;
      C.Ch = emitExpr(UE->X.get());
      C.Elem = entryAlloca(memType(C.ElemT), "recv");
      C.Ok = entryAlloca(B.getInt8Ty(), "recvok");
      ++NRecv;
    }
    Cases.push_back(C);
  }
  unsigned NS = 0, NR = 0;
  for (auto &C : Cases)
    if (C.CC->Comm)
      C.Index = C.Send ? NS++ : NSend + NR++;
  setLoc(S->getLoc());
  BasicBlock *End = newBlock("select.end");
  Value *Idx = nullptr;
  if (NSend + NRecv == 0 && !HasDefault) {
    rtCall("runtime.block", B.getVoidTy(), {}, /*NoReturn=*/true);
    B.CreateUnreachable();
    startBlock(End);
    return;
  }
  if (NSend + NRecv > 0) {
    auto *CaseTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy, PtrTy});
    auto *ArrTy = llvm::ArrayType::get(CaseTy, NSend + NRecv);
    auto *Arr = entryAlloca(ArrTy, "scases");
    for (auto &C : Cases) {
      if (!C.CC->Comm)
        continue;
      Value *P = B.CreateConstInBoundsGEP2_32(ArrTy, Arr, 0, C.Index);
      B.CreateStore(C.Ch, B.CreateStructGEP(CaseTy, P, 0));
      B.CreateStore(C.Elem, B.CreateStructGEP(CaseTy, P, 1));
      B.CreateStore(C.Ok ? C.Ok : llvm::ConstantPointerNull::get(PtrTy),
                    B.CreateStructGEP(CaseTy, P, 2));
    }
    Idx = rtCall("runtime.selectgo", B.getInt32Ty(),
                 {Arr, B.getInt32(NSend), B.getInt32(NRecv),
                  B.getInt1(HasDefault)});
    cast<llvm::Function>(M.getFunction("runtime.selectgo"))
        ->addParamAttr(3, llvm::Attribute::ZExt);
    cast<llvm::CallInst>(Idx)->addParamAttr(3, llvm::Attribute::ZExt);
  }
  std::vector<BasicBlock *> Bodies;
  for (size_t I = 0; I < Cases.size(); ++I)
    Bodies.push_back(newBlock("select.case"));
  if (Idx) {
    BasicBlock *Unreach = End;
    llvm::SwitchInst *SI = B.CreateSwitch(Idx, Unreach, Cases.size());
    for (size_t I = 0; I < Cases.size(); ++I)
      SI->addCase(B.getInt32(Cases[I].Index), Bodies[I]);
  } else {
    B.CreateBr(Bodies[0]);
  }
  Cur->Targets.push_back({Label, End, nullptr});
  for (size_t I = 0; I < Cases.size(); ++I) {
    startBlock(Bodies[I]);
    const Case &C = Cases[I];
    if (auto *AS = dyn_cast_or_null<AssignStmt>(C.CC->Comm.get())) {
      bool Define = AS->Op == Tok::Define;
      Value *V = loadValue(C.ElemT, C.Elem);
      assignTo(AS->Lhs[0].get(), V, C.ElemT, Define);
      if (AS->Lhs.size() > 1) {
        Type *BoolT = Info.Types.basic(BasicKind::Bool);
        assignTo(AS->Lhs[1].get(), loadValue(BoolT, C.Ok), BoolT, Define);
      }
    }
    emitBlock(C.CC->Body);
    branchTo(End);
  }
  Cur->Targets.pop_back();
  startBlock(End);
}

void CodeGen::emitBranch(const BranchStmt *S) {
  const Object *L = S->Label ? objOf(S->Label.get()) : nullptr;
  BasicBlock *Dest = nullptr;
  switch (S->BranchTok) {
  case Tok::Goto:
    Dest = labelBlock(L);
    break;
  case Tok::Break:
  case Tok::Continue: {
    bool Cont = S->BranchTok == Tok::Continue;
    for (auto It = Cur->Targets.rbegin(); It != Cur->Targets.rend(); ++It) {
      if (L ? It->Label != L : (Cont && !It->Continue))
        continue;
      Dest = Cont ? It->Continue : It->Break;
      break;
    }
    break;
  }
  default: // fallthrough is handled by emitSwitch
    return unsupported(S->getLoc(), "fallthrough here");
  }
  if (!Dest)
    return unsupported(S->getLoc(), "this branch");
  B.CreateBr(Dest);
  startBlock(newBlock("dead"));
}

void CodeGen::emitReturn(const ReturnStmt *S) {
  SignatureType *Sig = Cur->FI->Sig;
  std::vector<Value *> Vals;
  if (!Sig || Sig->Results.empty() ||
      (Cur->ThunkBlock && S->Results.empty())) {
    if (Cur->Exit)
      B.CreateBr(Cur->Exit);
    else
      B.CreateRetVoid();
    startBlock(newBlock("dead"));
    return;
  }
  if (Cur->Exit || Cur->ThunkBlock) {
    // The results go where the exit (and the deferred calls) find them; a
    // deferred call's copy of a body discards them.
    if (!S->Results.empty())
      Vals = emitValues(S->Results, Sig->Results);
    setLoc(S->getLoc());
    for (size_t I = 0; I < Cur->ResultSlots.size() && I < Vals.size(); ++I) {
      Value *Addr = Cur->ResultSlots[I];
      if (Cur->ResultInCell[I])
        Addr = B.CreateLoad(PtrTy, Addr, /*isVolatile=*/true);
      storeValue(Sig->Results[I], Vals[I], Addr);
    }
    if (Cur->Exit)
      B.CreateBr(Cur->Exit);
    else
      B.CreateRetVoid();
    startBlock(newBlock("dead"));
    return;
  }
  if (S->Results.empty()) {
    for (size_t I = 0; I < Cur->FI->Results.size(); ++I)
      Vals.push_back(loadValue(Sig->Results[I], varAddr(Cur->FI->Results[I])));
  } else {
    Vals = emitValues(S->Results, Sig->Results);
  }
  setLoc(S->getLoc());
  if (Vals.size() == 1) {
    B.CreateRet(Vals[0]);
  } else {
    Value *Agg = llvm::UndefValue::get(Cur->Fn->getReturnType());
    for (size_t I = 0; I < Vals.size(); ++I)
      Agg = B.CreateInsertValue(Agg, Vals[I], I);
    B.CreateRet(Agg);
  }
  startBlock(newBlock("dead"));
}

/// Stores the evaluated arguments of a go or defer statement (then the
/// closure, if any) in a block in the frame; bool values take a byte.
llvm::StructType *CodeGen::argBlock(llvm::ArrayRef<Value *> Vals,
                                    Value **Addr, const llvm::Twine &Name) {
  std::vector<llvm::Type *> Fields;
  for (Value *V : Vals)
    Fields.push_back(V->getType()->isIntegerTy(1) ? B.getInt8Ty()
                                                  : V->getType());
  if (Fields.empty())
    Fields.push_back(PtrTy);
  auto *BlockTy = llvm::StructType::get(Ctx, Fields);
  *Addr = entryAlloca(BlockTy, Name);
  for (size_t I = 0; I < Vals.size(); ++I) {
    Value *V = Vals[I];
    if (V->getType()->isIntegerTy(1))
      V = B.CreateZExt(V, B.getInt8Ty());
    B.CreateStore(V, B.CreateStructGEP(BlockTy, *Addr, I));
  }
  return BlockTy;
}

/// Field I of a thunk's block, as the value it was (bool back to i1).
Value *CodeGen::blockField(llvm::IRBuilder<> &TB, llvm::StructType *BlockTy,
                           Value *Blk, unsigned I, llvm::Type *T) {
  Value *V = TB.CreateLoad(BlockTy->getElementType(I),
                           TB.CreateStructGEP(BlockTy, Blk, I));
  return T->isIntegerTy(1) ? TB.CreateTrunc(V, T) : V;
}

/// A thunk `void Name(ptr block)`; thunkSubprogram describes it to the
/// debugger when its body is made.
llvm::Function *CodeGen::newThunk(const llvm::Twine &Name) {
  auto *Thunk = llvm::Function::Create(
      llvm::FunctionType::get(B.getVoidTy(), {PtrTy}, false),
      llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(Thunk);
  return Thunk;
}

llvm::DISubprogram *CodeGen::thunkSubprogram(llvm::Function *Thunk,
                                             SourceLoc Loc) {
  if (!DIB)
    return nullptr;
  auto *SP = DIB->createFunction(
      DIF, Thunk->getName(), "", diFile(Loc), diLine(Loc),
      DIB->createSubroutineType(DIB->getOrCreateTypeArray({})), diLine(Loc),
      llvm::DINode::FlagArtificial, llvm::DISubprogram::SPFlagDefinition);
  Thunk->setSubprogram(SP);
  return SP;
}

/// The body of a thunk that unpacks its block (NumArgs arguments of Sig,
/// then the closure unless C.Direct) and makes the call. A deferred call of
/// a function value checks for nil when it runs, and is a tail call, so
/// that the callee is called from where the thunk was (see emitDefer).
void CodeGen::emitCallThunk(llvm::Function *Thunk, SourceLoc Loc,
                            const Callee &C, llvm::StructType *BlockTy,
                            unsigned NumArgs, bool Deferred) {
  llvm::IRBuilder<> TB(BasicBlock::Create(Ctx, "entry", Thunk));
  if (llvm::DISubprogram *SP = thunkSubprogram(Thunk, Loc))
    TB.SetCurrentDebugLocation(diLoc(Loc, SP));
  Value *P = Thunk->getArg(0);
  llvm::FunctionType *FT =
      C.Direct ? C.Direct->getFunctionType() : funcType(C.Sig, true);
  std::vector<Value *> CallArgs;
  Value *Clo = nullptr;
  if (!C.Direct) {
    Clo = TB.CreateLoad(PtrTy, TB.CreateStructGEP(BlockTy, P, NumArgs));
    CallArgs.push_back(Clo);
  }
  for (unsigned I = 0; I < NumArgs; ++I)
    CallArgs.push_back(blockField(TB, BlockTy, P, I,
                                  FT->getParamType(CallArgs.size())));
  llvm::CallInst *CI;
  if (C.Direct) {
    CI = TB.CreateCall(C.Direct, CallArgs);
  } else {
    if (Deferred) {
      BasicBlock *Nil = BasicBlock::Create(Ctx, "call.nil", Thunk);
      BasicBlock *Ok = BasicBlock::Create(Ctx, "call.ok", Thunk);
      TB.CreateCondBr(TB.CreateIsNull(Clo), Nil, Ok);
      TB.SetInsertPoint(Nil);
      TB.CreateCall(rtFunc("runtime.panicnilfunc", B.getVoidTy(), {}, true));
      TB.CreateUnreachable();
      TB.SetInsertPoint(Ok);
    }
    Value *Fn = TB.CreateLoad(PtrTy, Clo);
    CI = TB.CreateCall(FT, Fn, CallArgs);
  }
  // A known callee that calls recover gets a copy of its body instead of
  // this thunk (emitPendingDefers), so only a function value needs the jump.
  if (Deferred && !C.Direct)
    allowTailCall(CI);
  TB.CreateRetVoid();
}

/// go or defer of a built-in: the operands that are not constants are
/// evaluated now into a block; Thunk runs the built-in on the values it
/// loads from the block. `recover()` there does nothing, as in Go: no
/// deferred function calls it.
llvm::StructType *CodeGen::emitBuiltinThunk(const CallExpr *CE,
                                            llvm::Function *Thunk,
                                            SourceLoc Loc, Value **Blk,
                                            const llvm::Twine &BlockName) {
  std::vector<const Expr *> Ops;
  std::vector<Value *> Vals;
  for (auto &A : CE->Args) {
    const TypeAndValue *TV = tv(A.get());
    if (TV && TV->M == TypeAndValue::Constant && TV->Val.isValid())
      continue;
    Ops.push_back(A.get());
    Vals.push_back(emitExpr(A.get()));
  }
  llvm::StructType *BlockTy = argBlock(Vals, Blk, BlockName);
  const Expr *X = CE->Fun.get();
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  const Object *O = objOf(Id);
  FuncState FS;
  FuncState *Saved = Cur;
  llvm::IRBuilderBase::InsertPointGuard Guard(B);
  Cur = &FS;
  FuncInfo Empty;
  FS.FI = &Empty;
  FS.Fn = Thunk;
  FS.Name = Thunk->getName().str();
  FS.Decl = Saved->Decl;
  FS.SP = thunkSubprogram(Thunk, Loc);
  FS.AllocaBB = BasicBlock::Create(Ctx, "entry", Thunk);
  B.SetInsertPoint(BasicBlock::Create(Ctx, "body", Thunk));
  setLoc(Loc);
  for (size_t I = 0; I < Ops.size(); ++I)
    FS.PreEval[Ops[I]] =
        blockField(B, BlockTy, Thunk->getArg(0), I, Vals[I]->getType());
  if (O && O->Id != BuiltinId::Recover)
    emitBuiltin(CE, O);
  finishFunction(nullptr);
  Cur = Saved;
  return BlockTy;
}

/// go f(args): the callee and arguments are evaluated now and stored in a
/// block that newproc copies; the thunk unpacks the block and calls.
void CodeGen::emitGo(const GoStmt *S) {
  const Expr *CE0 = S->Call.get();
  while (auto *P = dyn_cast<ParenExpr>(CE0))
    CE0 = P->X.get();
  auto *CE = dyn_cast<CallExpr>(CE0);
  if (!CE)
    return unsupported(S->getLoc(), "this go statement");
  llvm::Function *Thunk =
      newThunk(Cur->Name + ".gowrap" + std::to_string(++Cur->NumWraps));
  Value *Blk;
  llvm::StructType *BlockTy;
  Callee C;
  if (!calleeOf(CE->Fun.get(), C)) {
    BlockTy = emitBuiltinThunk(CE, Thunk, S->getLoc(), &Blk, "goargs");
  } else {
    std::vector<Value *> Vals = callArgs(CE, C.Sig);
    unsigned NumArgs = Vals.size();
    if (C.Closure)
      Vals.push_back(C.Closure);
    BlockTy = argBlock(Vals, &Blk, "goargs");
    emitCallThunk(Thunk, S->getLoc(), C, BlockTy, NumArgs, false);
  }
  setLoc(S->getLoc());
  rtCall("runtime.newproc", B.getVoidTy(),
         {B.getInt32(DL.getTypeAllocSize(BlockTy)), Thunk, Blk});
}

/// defer f(args): the callee and arguments are evaluated now into a block
/// that deferproc copies; the thunk runs the call from the copy. A
/// deferproc that returns 1 (a deferred call recovered a panic) goes
/// straight to the function's exit.
///
/// recover() works only in the function that the runtime's reflectcall
/// called (gorecover compares its caller's return address), so the thunk
/// of a deferred package function or function literal that calls recover
/// is a copy of that function's body, whose parameters come from the block
/// (emitPendingDefers). Other callees are called by the thunk: a function
/// value as a tail call, which lets recover in its body work when the
/// backend turns it into a jump (all arguments in registers); on 386 a
/// function value is called by the runtime instead (emitDeferStk), as on
/// amd64 and ARM one whose call has stack arguments.
void CodeGen::emitDefer(const DeferStmt *S) {
  const Expr *CE0 = S->Call.get();
  while (auto *P = dyn_cast<ParenExpr>(CE0))
    CE0 = P->X.get();
  auto *CE = dyn_cast<CallExpr>(CE0);
  if (!CE)
    return unsupported(S->getLoc(), "this defer statement");
  std::string Name = Cur->Name + ".deferwrap" + std::to_string(++Cur->NumDefers);
  llvm::Function *Thunk = newThunk(Name);
  Value *Blk;
  llvm::StructType *BlockTy;
  Callee C;
  if (!calleeOf(CE->Fun.get(), C)) {
    BlockTy = emitBuiltinThunk(CE, Thunk, S->getLoc(), &Blk, "deferargs");
  } else {
    std::vector<Value *> Vals = callArgs(CE, C.Sig);
    const Expr *X = CE->Fun.get();
    while (auto *P = dyn_cast<ParenExpr>(X))
      X = P->X.get();
    StkLayout L;
    if (!C.Direct && !isa<FuncLit>(X) &&
        deferStkLayout(C.Sig, C.Closure, Vals, L) &&
        (TT.getArch() == llvm::Triple::x86 || L.StackBytes > 0)) {
      Thunk->eraseFromParent();
      return emitDeferStk(S, C.Sig, C.Closure, Vals, L);
    }
    unsigned NumArgs = Vals.size();
    if (C.Closure)
      Vals.push_back(C.Closure);
    BlockTy = argBlock(Vals, &Blk, "deferargs");
    const Node *Target = nullptr;
    if (C.Direct)
      Target = DeclOf.lookup(C.Direct);
    else if (isa<FuncLit>(X))
      Target = X;
    if (Target)
      DeferQ.push_back(
          {Thunk, Target, BlockTy, NumArgs, S->getLoc(), C.Direct});
    else
      emitCallThunk(Thunk, S->getLoc(), C, BlockTy, NumArgs, true);
  }
  setLoc(S->getLoc());
  // The runtime tells deferring frames apart by their frame pointer
  // (docs/ABI.md): a function that defers keeps one. Others need none, and
  // a deep recursion's frames stay small without it.
  B.GetInsertBlock()->getParent()->addFnAttr("frame-pointer", "all");
  llvm::CallInst *R =
      rtCall("runtime.deferproc", B.getInt32Ty(),
             {B.getInt32(DL.getTypeAllocSize(BlockTy)), Thunk, Blk});
  R->getCalledFunction()->addFnAttr(llvm::Attribute::ReturnsTwice);
  R->addFnAttr(llvm::Attribute::ReturnsTwice);
  BasicBlock *Cont = newBlock("defer.cont");
  B.CreateCondBr(B.CreateICmpNE(R, B.getInt32(0)), Cur->Exit, Cont);
  startBlock(Cont);
}

/// The scalars that LLVM's i386 lowering passes for V: a first-class
/// aggregate is split into its elements.
static void flattenScalars(llvm::IRBuilder<> &B, Value *V,
                           std::vector<Value *> &Out) {
  llvm::Type *T = V->getType();
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      flattenScalars(B, B.CreateExtractValue(V, I), Out);
  } else if (auto *AT = dyn_cast<llvm::ArrayType>(T)) {
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      flattenScalars(B, B.CreateExtractValue(V, I), Out);
  } else {
    Out.push_back(V);
  }
}

/// The number of 32-bit registers that the result of a function value of
/// signature S takes on i386 (an aggregate split into its elements).
static unsigned regs386(llvm::Type *T) {
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    unsigned N = 0;
    for (llvm::Type *E : ST->elements())
      N += regs386(E);
    return N;
  }
  if (auto *AT = dyn_cast<llvm::ArrayType>(T))
    return AT->getNumElements() * regs386(AT->getElementType());
  if (T->isVoidTy())
    return 0;
  return T->isIntegerTy(64) ? 2 : 1;
}

/// Whether i386 returns the results of S in registers (eax, edx, ecx). If
/// not, LLVM demotes the result to a hidden sret pointer argument, passed
/// as the first stack word, which the callee pops (`ret $4`; harmless to
/// the runtime, which addresses its frame through its frame pointer after
/// the call).
bool CodeGen::retInRegs386(SignatureType *S) {
  return regs386(resultType(S)) <= 3;
}

/// The leaf types of T, in the order LLVM's lowering passes them (a
/// first-class aggregate split into its elements); HasArray is set if T
/// contains an array.
static void flattenTypes(llvm::Type *T, std::vector<llvm::Type *> &Out,
                         bool &HasArray) {
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    for (llvm::Type *E : ST->elements())
      flattenTypes(E, Out, HasArray);
  } else if (auto *AT = dyn_cast<llvm::ArrayType>(T)) {
    HasArray = true;
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      flattenTypes(AT->getElementType(), Out, HasArray);
  } else if (!T->isVoidTy()) {
    Out.push_back(T);
  }
}

/// The block of defer fv(args), fv a function value, that
/// runtime.deferprocstk passes to fv's code as its whole argument area:
/// the lowering of the call fn(closure, args...) (funcType(Sig, true)),
/// every first-class aggregate split into its scalars, with LLVM's hidden
/// sret pointer first when the results do not fit in return registers.
/// Verified against llc's lowering of direct calls:
///  - i386: every argument on the stack (cdecl): each scalar at the next
///    multiple of 4, i1/i8/i16 widened to 4 bytes, i64 8 bytes; results in
///    more than eax:edx:ecx (i64 two of them) go through sret.
///  - x86-64: bytes 0..47 are rdi rsi rdx rcx r8 r9, each integer or
///    pointer scalar taking the next free one, then the next 8-byte stack
///    slot (bytes 48..); a {ptr,i64} may straddle r9 and the stack. More
///    than three integer results (rax rdx rcx) go through sret. Floating
///    point (xmm registers) is not supported: false.
///  - ARM (AAPCS): bytes 0..15 are r0-r3, 16.. the stack. A 4-byte scalar
///    takes the next free register, else the next 4-byte stack slot; an
///    i64 takes an even register pair (r0:r1 or r2:r3, skipping r1), else
///    an 8-aligned stack slot, and then no later argument uses a register.
///    Results in more than 4 words go through sret. Floating point (VFP
///    registers under hard float) and arrays (integer arrays are passed
///    in consecutive registers) are not supported: false.
bool CodeGen::deferStkLayout(SignatureType *Sig, Value *Closure,
                             const std::vector<Value *> &Vals, StkLayout &L) {
  llvm::Triple::ArchType Arch = TT.getArch();
  bool HasArray = false;
  std::vector<llvm::Type *> Res, Args;
  flattenTypes(resultType(Sig), Res, HasArray);
  bool ResArray = HasArray;
  flattenTypes(Closure->getType(), Args, HasArray);
  for (Value *V : Vals)
    flattenTypes(V->getType(), Args, HasArray);
  L = StkLayout();
  if (Arch == llvm::Triple::x86) {
    L.Sret = !retInRegs386(Sig);
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    for (llvm::Type *T : Args) {
      L.Offs.push_back(L.Size);
      L.Size += llvm::alignTo(DL.getTypeAllocSize(T), 4);
    }
    L.StackBytes = L.Size;
    return true;
  }
  for (llvm::Type *T : Res)
    if (!T->isIntegerTy() && !T->isPointerTy())
      return false;
  for (llvm::Type *T : Args)
    if (!T->isIntegerTy() && !T->isPointerTy())
      return false;
  if (Arch == llvm::Triple::x86_64) {
    for (llvm::Type *T : Args)
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
    L.Sret = Res.size() > 3;
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    unsigned NGPR = 0;
    uint64_t NSAA = 0;
    for (llvm::Type *T : Args) {
      (void)T;
      if (NGPR < 6) {
        L.Offs.push_back(8 * NGPR++);
      } else {
        L.Offs.push_back(48 + NSAA);
        NSAA += 8;
      }
    }
    L.StackBytes = NSAA;
    L.Size = 48 + NSAA;
    return true;
  }
  if (Arch == llvm::Triple::arm) {
    if (HasArray || ResArray)
      return false;
    unsigned Words = 0;
    for (llvm::Type *T : Res) {
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
      Words += T->isIntegerTy(64) ? 2 : 1;
    }
    L.Sret = Words > 4;
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    unsigned NCRN = 0;
    uint64_t NSAA = 0;
    for (llvm::Type *T : Args) {
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
      if (T->isIntegerTy(64)) {
        NCRN = llvm::alignTo(NCRN, 2);
        if (NCRN + 2 <= 4) {
          L.Offs.push_back(4 * NCRN);
          NCRN += 2;
        } else {
          NCRN = 4;
          NSAA = llvm::alignTo(NSAA, 8);
          L.Offs.push_back(16 + NSAA);
          NSAA += 8;
        }
      } else if (NCRN < 4) {
        L.Offs.push_back(4 * NCRN++);
      } else {
        L.Offs.push_back(16 + NSAA);
        NSAA += 4;
      }
    }
    L.StackBytes = NSAA;
    L.Size = 16 + llvm::alignTo(NSAA, 4);
    return true;
  }
  return false;
}

/// defer fv(args), fv a function value, on i386 always and on x86-64 and
/// ARM when the call has stack arguments (a thunk's tail call to fv could
/// not be a jump): the runtime calls fv's code itself (so recover in it
/// works) with a copy of a block laid out by deferStkLayout. The sret
/// pointer, if any, points at a scratch entry-block alloca of the results'
/// type, alive whenever the call runs (before this function returns, or in
/// a panic while its frame is still on the stack). A nil fv panics when the
/// call runs: its fn is then gort.deferpanicnil.
void CodeGen::emitDeferStk(const DeferStmt *S, SignatureType *Sig,
                           Value *Closure, std::vector<Value *> Vals,
                           const StkLayout &L) {
  std::vector<Value *> Scalars;
  if (L.Sret)
    Scalars.push_back(entryAlloca(resultType(Sig), "deferstkres"));
  flattenScalars(B, Closure, Scalars);
  for (Value *V : Vals)
    flattenScalars(B, V, Scalars);
  assert(Scalars.size() == L.Offs.size() && "defer block layout mismatch");
  unsigned WordBits = TT.getArch() == llvm::Triple::x86_64 ? 64 : 32;
  for (Value *&V : Scalars)
    if (V->getType()->isIntegerTy() &&
        V->getType()->getIntegerBitWidth() < WordBits)
      V = B.CreateZExt(V, B.getIntNTy(WordBits));
  uint64_t Size = L.Size;
  llvm::Align BlkAlign(TT.getArch() == llvm::Triple::x86 ? 4 : 8);
  llvm::AllocaInst *Blk = entryAlloca(
      llvm::ArrayType::get(B.getInt32Ty(), Size / 4), "deferstkargs");
  Blk->setAlignment(BlkAlign);
  for (size_t I = 0; I < Scalars.size(); ++I)
    B.CreateAlignedStore(Scalars[I],
                         B.CreateConstInBoundsGEP1_32(B.getInt8Ty(), Blk,
                                                      L.Offs[I]),
                         llvm::commonAlignment(BlkAlign, L.Offs[I]));
  // fn: the closure's code, or for a nil fv a function that panics.
  llvm::Function *NilFn = M.getFunction("gort.deferpanicnil");
  if (!NilFn) {
    NilFn = llvm::Function::Create(
        llvm::FunctionType::get(B.getVoidTy(), {}, false),
        llvm::GlobalValue::InternalLinkage, "gort.deferpanicnil", M);
    setGoAttrs(NilFn);
    llvm::IRBuilder<> NB(BasicBlock::Create(Ctx, "entry", NilFn));
    NB.CreateCall(rtFunc("runtime.panicnilfunc", B.getVoidTy(), {}, true));
    NB.CreateUnreachable();
  }
  BasicBlock *Nil = newBlock("defer.nil"), *Ok = newBlock("defer.fn");
  BasicBlock *Join = newBlock("defer.stk");
  B.CreateCondBr(B.CreateIsNull(Closure), Nil, Ok);
  startBlock(Nil);
  B.CreateBr(Join);
  startBlock(Ok);
  Value *Fn = B.CreateLoad(PtrTy, Closure);
  B.CreateBr(Join);
  startBlock(Join);
  llvm::PHINode *FnP = B.CreatePHI(PtrTy, 2, "deferfn");
  FnP->addIncoming(NilFn, Nil);
  FnP->addIncoming(Fn, Ok);
  setLoc(S->getLoc());
  B.GetInsertBlock()->getParent()->addFnAttr("frame-pointer", "all");
  llvm::CallInst *R = rtCall("runtime.deferprocstk", B.getInt32Ty(),
                             {B.getInt32(Size), FnP, Blk});
  R->getCalledFunction()->addFnAttr(llvm::Attribute::ReturnsTwice);
  R->addFnAttr(llvm::Attribute::ReturnsTwice);
  BasicBlock *Cont = newBlock("defer.cont");
  B.CreateCondBr(B.CreateICmpNE(R, B.getInt32(0)), Cur->Exit, Cont);
  startBlock(Cont);
}

/// The thunks of deferred package functions and function literals (see
/// emitDefer): a copy of the callee's body when it calls recover, else a
/// call. Run after every body (and literal) has been emitted.
void CodeGen::emitPendingDefers() {
  while (!DeferQ.empty() || !Lits.empty()) {
    if (!Lits.empty()) {
      PendingLit L = Lits.front();
      Lits.pop_front();
      emitFuncLit(L);
      continue;
    }
    PendingDefer D = DeferQ.front();
    DeferQ.pop_front();
    const FuncInfo &FI = Info.Funcs[D.Target];
    if (!Recovers.count(D.Target)) {
      Callee C;
      C.Sig = FI.Sig;
      C.Direct = D.Direct;
      emitCallThunk(D.Thunk, D.Loc, C, D.BlockTy, D.NumArgs, true);
      continue;
    }
    FuncState FS;
    Cur = &FS;
    FS.FI = &FI;
    FS.ThunkBlock = D.BlockTy;
    const BlockStmt *Body;
    SourceLoc Loc;
    if (auto *FD = dyn_cast<FuncDecl>(D.Target)) {
      Body = FD->Body.get();
      Loc = FD->getLoc();
    } else {
      Body = cast<FuncLit>(D.Target)->Body.get();
      Loc = D.Target->getLoc();
    }
    beginFunction(D.Thunk, D.Target, D.Thunk->getName(), Loc,
                  isa<FuncLit>(D.Target));
    emitBlock(Body->List);
    setLoc(Body->RBrace);
    finishFunction(FI.Sig);
    Cur = nullptr;
  }
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Value *CodeGen::emitExprTo(const Expr *E, Type *To) {
  return convert(emitExpr(E), typeOf(E), To);
}

/// Evaluates L (or one multi-valued call) converted to the types To.
std::vector<Value *> CodeGen::emitValues(const ExprList &L,
                                         const std::vector<Type *> &To) {
  std::vector<Value *> Vals;
  if (L.size() == 1 && To.size() > 1) {
    std::vector<Type *> Types;
    Vals = emitTuple(L[0].get(), Types);
    for (size_t I = 0; I < Vals.size() && I < To.size(); ++I)
      Vals[I] = convert(Vals[I], Types[I], To[I]);
    return Vals;
  }
  for (size_t I = 0; I < L.size(); ++I)
    Vals.push_back(I < To.size() ? emitExprTo(L[I].get(), To[I])
                                 : emitExpr(L[I].get()));
  return Vals;
}

/// A multi-valued expression: a call with several results, or a receive or
/// type assertion in comma-ok form.
std::vector<Value *> CodeGen::emitTuple(const Expr *E,
                                        std::vector<Type *> &Types) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  const TypeAndValue *TV = tv(E);
  Types.clear();
  if (auto *TT = dyn_cast_or_null<TupleType>(TV ? TV->T : nullptr))
    Types = TT->Elems;
  std::vector<Value *> Vals;
  if (TV && TV->M == TypeAndValue::CommaOk) {
    if (auto *UE = dyn_cast<UnaryExpr>(E)) {
      Value *Ok;
      Value *V = recv(emitExpr(UE->X.get()), typeOf(UE->X.get()), &Ok);
      return {V, Ok};
    }
    if (auto *TA = dyn_cast<TypeAssertExpr>(E)) {
      Value *X = emitExpr(TA->X.get());
      Type *T = typeOf(TA->Type.get());
      auto *Tmp = entryAlloca(memType(T), "assert");
      Value *Ok = rtCall("runtime.assertE2T", B.getInt1Ty(),
                         {X, typeDesc(T), Tmp}, false, true);
      return {loadValue(T, Tmp), Ok};
    }
  }
  Value *V = emitExpr(E);
  for (size_t I = 0; I < Types.size(); ++I)
    Vals.push_back(B.CreateExtractValue(V, I));
  return Vals;
}

/// Converts V of type From to type To: integer conversions and boxing into
/// interface{}; identity otherwise.
Value *CodeGen::convert(Value *V, Type *From, Type *To) {
  if (!From || !To)
    return V;
  Type *UF = underlying(From), *UT = underlying(To);
  if (isa<EmptyInterfaceType>(UT)) {
    if (isa<EmptyInterfaceType>(UF) || basicKind(UF) == BasicKind::UntypedNil)
      return V->getType() == EfaceTy ? V : llvm::Constant::getNullValue(EfaceTy);
    return box(V, From);
  }
  llvm::Type *LT = llvmType(To);
  if (V->getType() == LT)
    return V;
  if (V->getType()->isIntegerTy() && LT->isIntegerTy())
    return B.CreateIntCast(V, LT, !isUnsigned(UF));
  if (isa<llvm::ConstantPointerNull>(V) || basicKind(UF) == BasicKind::UntypedNil)
    return llvm::Constant::getNullValue(LT);
  return V;
}

/// interface{} holding V: a value no larger than a pointer is stored in the
/// data word itself (as if copied there byte by byte), a larger one in a
/// heap copy.
Value *CodeGen::box(Value *V, Type *From) {
  if (basicKind(From) == BasicKind::UntypedNil)
    return llvm::Constant::getNullValue(EfaceTy);
  llvm::Type *MT = memType(From);
  Value *Data;
  if (DL.getTypeAllocSize(MT) <= DL.getPointerSize()) {
    auto *Word = entryAlloca(PtrTy, "box");
    B.CreateStore(llvm::ConstantPointerNull::get(PtrTy), Word);
    storeValue(From, V, Word);
    Data = B.CreateLoad(PtrTy, Word);
  } else {
    Data = mal(DL.getTypeAllocSize(MT));
    storeValue(From, V, Data);
  }
  Value *E = llvm::UndefValue::get(EfaceTy);
  E = B.CreateInsertValue(E, typeDesc(From), 0);
  return B.CreateInsertValue(E, Data, 1);
}

Value *CodeGen::emitExpr(const Expr *E) {
  if (Cur && !Cur->PreEval.empty())
    if (Value *V = Cur->PreEval.lookup(E))
      return V;
  const TypeAndValue *TV = tv(E);
  if (TV && TV->M == TypeAndValue::Constant && TV->Val.isValid())
    return constValue(TV->T, TV->Val);
  switch (E->getKind()) {
  case Node::NK_ParenExpr:
    return emitExpr(cast<ParenExpr>(E)->X.get());
  case Node::NK_Ident:
    return emitIdent(cast<Ident>(E));
  case Node::NK_FuncLit:
    return emitFuncLitValue(cast<FuncLit>(E));
  case Node::NK_CallExpr:
    return emitCall(cast<CallExpr>(E));
  case Node::NK_UnaryExpr:
    return emitUnary(cast<UnaryExpr>(E));
  case Node::NK_BinaryExpr:
    return emitBinary(cast<BinaryExpr>(E));
  case Node::NK_TypeAssertExpr: {
    auto *TA = cast<TypeAssertExpr>(E);
    Value *X = emitExpr(TA->X.get());
    Type *T = typeOf(TA->Type.get());
    auto *Tmp = entryAlloca(memType(T), "assert");
    setLoc(E->getLoc());
    rtCall("runtime.assertE2T1", B.getVoidTy(), {X, typeDesc(T), Tmp});
    return loadValue(T, Tmp);
  }
  case Node::NK_SelectorExpr: {
    auto *SE = cast<SelectorExpr>(E);
    if (Object *O = objOf(SE->Sel.get()))
      unsupported(E->getLoc(), "the value " + O->PkgPath + "." + O->Name);
    else
      unsupported(E->getLoc(), "this selector");
    return zeroValue(TV ? TV->T : Info.Types.basic(BasicKind::Int));
  }
  default:
    unsupported(E->getLoc(), "this expression");
    return zeroValue(TV && TV->T ? TV->T : Info.Types.basic(BasicKind::Int));
  }
}

Value *CodeGen::emitIdent(const Ident *Id) {
  const Object *O = objOf(Id);
  Type *T = typeOf(Id);
  if (!O)
    return zeroValue(T);
  switch (O->Kind) {
  case Object::Var:
    return loadValue(O->T, varAddr(O));
  case Object::Func:
    if (Funcs.count(O))
      return funcValueOf(O);
    unsupported(Id->getLoc(), "the function value " + O->Name);
    return zeroValue(T);
  case Object::Nil:
    return zeroValue(T);
  case Object::Const:
    return constValue(T ? T : O->T, O->Val);
  default:
    unsupported(Id->getLoc(), "this use of " + O->Name);
    return zeroValue(T ? T : Info.Types.basic(BasicKind::Int));
  }
}

Value *CodeGen::emitUnary(const UnaryExpr *E) {
  Type *T = typeOf(E);
  switch (E->Op) {
  case Tok::Add:
    return emitExprTo(E->X.get(), T);
  case Tok::Sub: {
    Value *X = emitExprTo(E->X.get(), T);
    return B.CreateNeg(X);
  }
  case Tok::Xor:
  case Tok::Not:
    return B.CreateNot(emitExprTo(E->X.get(), T));
  case Tok::Arrow: {
    setLoc(E->getLoc());
    Value *Ch = emitExpr(E->X.get());
    setLoc(E->getLoc());
    return recv(Ch, typeOf(E->X.get()), nullptr);
  }
  default:
    unsupported(E->getLoc(), "operator " + tokSpelling(E->Op));
    return zeroValue(T);
  }
}

Value *CodeGen::emitBinary(const BinaryExpr *E) {
  Type *T = typeOf(E);
  if (E->Op == Tok::LAnd || E->Op == Tok::LOr) {
    Value *X = emitExpr(E->X.get());
    BasicBlock *From = B.GetInsertBlock();
    BasicBlock *RHS = newBlock("logic.rhs"), *End = newBlock("logic.end");
    if (E->Op == Tok::LAnd)
      B.CreateCondBr(X, RHS, End);
    else
      B.CreateCondBr(X, End, RHS);
    startBlock(RHS);
    Value *Y = emitExpr(E->Y.get());
    BasicBlock *RHSEnd = B.GetInsertBlock();
    B.CreateBr(End);
    startBlock(End);
    llvm::PHINode *Phi = B.CreatePHI(B.getInt1Ty(), 2);
    Phi->addIncoming(B.getInt1(E->Op == Tok::LOr), From);
    Phi->addIncoming(Y, RHSEnd);
    return Phi;
  }
  Type *XT = typeOf(E->X.get()), *YT = typeOf(E->Y.get());
  switch (E->Op) {
  case Tok::Eql:
  case Tok::Neq:
  case Tok::Lss:
  case Tok::Leq:
  case Tok::Gtr:
  case Tok::Geq: {
    Value *X = emitExpr(E->X.get());
    Value *Y = emitExpr(E->Y.get());
    return compare(E->Op, X, XT, Y, YT, E->getLoc());
  }
  case Tok::Shl:
  case Tok::Shr: {
    Value *X = emitExprTo(E->X.get(), T);
    Value *Y = emitExpr(E->Y.get());
    return binaryOp(E->Op, X, Y, T, YT, E->getLoc(), E->Y.get());
  }
  default: {
    Value *X = emitExprTo(E->X.get(), T);
    Value *Y = emitExprTo(E->Y.get(), T);
    return binaryOp(E->Op, X, Y, T, T, E->getLoc(), E->Y.get());
  }
  }
}

Value *CodeGen::binaryOp(Tok Op, Value *X, Value *Y, Type *T, Type *YT,
                         SourceLoc Loc, const Expr *YE) {
  if (!X->getType()->isIntegerTy()) {
    unsupported(Loc, "operator " + tokSpelling(Op) + " on " + typeString(T));
    return X;
  }
  switch (Op) {
  case Tok::Add:
    return B.CreateAdd(X, Y);
  case Tok::Sub:
    return B.CreateSub(X, Y);
  case Tok::Mul:
    return B.CreateMul(X, Y);
  case Tok::And:
    return B.CreateAnd(X, Y);
  case Tok::Or:
    return B.CreateOr(X, Y);
  case Tok::Xor:
    return B.CreateXor(X, Y);
  case Tok::AndNot:
    return B.CreateAnd(X, B.CreateNot(Y));
  case Tok::Quo:
  case Tok::Rem:
    setLoc(Loc);
    return divide(Op == Tok::Rem, X, Y, T, YE);
  case Tok::Shl:
  case Tok::Shr:
    setLoc(Loc);
    return shift(Op == Tok::Shl, X, Y, T, YT, YE);
  default:
    unsupported(Loc, "operator " + tokSpelling(Op));
    return X;
  }
}

/// Go's truncated division: divide by zero panics; MinInt / -1 is MinInt
/// and MinInt % -1 is 0 (x86's idiv would trap).
Value *CodeGen::divide(bool Rem, Value *X, Value *Y, Type *T,
                       const Expr *YE) {
  bool Signed = !isUnsigned(T);
  auto *CY = dyn_cast<llvm::ConstantInt>(Y);
  if (!CY || CY->isZero()) {
    BasicBlock *Panic = newBlock("div.zero"), *Ok = newBlock("div.ok");
    B.CreateCondBr(B.CreateICmpEQ(Y, llvm::ConstantInt::get(Y->getType(), 0)),
                   Panic, Ok);
    startBlock(Panic);
    rtCall("runtime.panicdivide", B.getVoidTy(), {}, /*NoReturn=*/true);
    B.CreateUnreachable();
    startBlock(Ok);
  }
  if (!Signed)
    return Rem ? B.CreateURem(X, Y) : B.CreateUDiv(X, Y);
  if (CY && !CY->isMinusOne() && !CY->isZero())
    return Rem ? B.CreateSRem(X, Y) : B.CreateSDiv(X, Y);
  Value *MinusOne = B.CreateICmpEQ(Y, llvm::ConstantInt::getSigned(Y->getType(), -1));
  Value *SafeY = B.CreateSelect(MinusOne, llvm::ConstantInt::get(Y->getType(), 1), Y);
  if (Rem)
    return B.CreateSelect(MinusOne, llvm::ConstantInt::get(Y->getType(), 0),
                          B.CreateSRem(X, SafeY));
  return B.CreateSelect(MinusOne, B.CreateNeg(X), B.CreateSDiv(X, SafeY));
}

/// Go's shifts: counts >= the width shift everything out; a negative count
/// (of a signed type) panics.
Value *CodeGen::shift(bool Left, Value *X, Value *Y, Type *T, Type *YT,
                      const Expr *YE) {
  unsigned W = X->getType()->getIntegerBitWidth();
  bool SignedX = !isUnsigned(T);
  if (!isUnsigned(YT) && !isa<llvm::ConstantInt>(Y)) {
    BasicBlock *Panic = newBlock("shift.neg"), *Ok = newBlock("shift.ok");
    B.CreateCondBr(
        B.CreateICmpSLT(Y, llvm::ConstantInt::get(Y->getType(), 0)), Panic, Ok);
    startBlock(Panic);
    rtCall("runtime.panicshift", B.getVoidTy(), {}, /*NoReturn=*/true);
    B.CreateUnreachable();
    startBlock(Ok);
  }
  unsigned YW = Y->getType()->getIntegerBitWidth();
  Value *Big = B.CreateICmpUGE(Y, llvm::ConstantInt::get(Y->getType(), W));
  Value *Count = YW > W ? B.CreateTrunc(Y, X->getType())
                        : B.CreateZExt(Y, X->getType());
  if (!Left && SignedX) {
    Count = B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), W - 1),
                           Count);
    return B.CreateAShr(X, Count);
  }
  Count = B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), 0), Count);
  Value *R = Left ? B.CreateShl(X, Count) : B.CreateLShr(X, Count);
  return B.CreateSelect(Big, llvm::ConstantInt::get(X->getType(), 0), R);
}

Value *CodeGen::compare(Tok Op, Value *X, Type *XT, Value *Y, Type *YT,
                        SourceLoc Loc) {
  Type *UX = underlying(XT), *UY = underlying(YT);
  bool Eq = Op == Tok::Eql;
  if (isa<EmptyInterfaceType>(UX) || isa<EmptyInterfaceType>(UY)) {
    bool XNil = basicKind(UX) == BasicKind::UntypedNil ||
                isa<llvm::ConstantAggregateZero>(X);
    bool YNil = basicKind(UY) == BasicKind::UntypedNil ||
                isa<llvm::ConstantAggregateZero>(Y);
    Value *R;
    if (XNil || YNil) {
      Value *V = XNil ? Y : X;
      R = B.CreateICmpEQ(B.CreateExtractValue(V, 0),
                         llvm::ConstantPointerNull::get(PtrTy));
    } else {
      X = convert(X, XT, Info.Types.emptyInterface());
      Y = convert(Y, YT, Info.Types.emptyInterface());
      R = rtCall("runtime.efaceeq", B.getInt1Ty(), {X, Y}, false, true);
    }
    return Eq ? R : B.CreateNot(R);
  }
  if (isString(UX)) {
    unsupported(Loc, "string comparison");
    return B.getInt1(false);
  }
  if (X->getType()->isPointerTy() || Y->getType()->isPointerTy()) {
    if (!X->getType()->isPointerTy())
      X = llvm::ConstantPointerNull::get(PtrTy);
    if (!Y->getType()->isPointerTy())
      Y = llvm::ConstantPointerNull::get(PtrTy);
    return Eq ? B.CreateICmpEQ(X, Y) : B.CreateICmpNE(X, Y);
  }
  if (X->getType() != Y->getType())
    Y = B.CreateIntCast(Y, X->getType(), !isUnsigned(UY));
  bool S = !isUnsigned(UX);
  switch (Op) {
  case Tok::Eql:
    return B.CreateICmpEQ(X, Y);
  case Tok::Neq:
    return B.CreateICmpNE(X, Y);
  case Tok::Lss:
    return S ? B.CreateICmpSLT(X, Y) : B.CreateICmpULT(X, Y);
  case Tok::Leq:
    return S ? B.CreateICmpSLE(X, Y) : B.CreateICmpULE(X, Y);
  case Tok::Gtr:
    return S ? B.CreateICmpSGT(X, Y) : B.CreateICmpUGT(X, Y);
  default:
    return S ? B.CreateICmpSGE(X, Y) : B.CreateICmpUGE(X, Y);
  }
}

/// What Fun calls: a package function directly, or a function value.
/// Returns false for built-ins.
bool CodeGen::calleeOf(const Expr *Fun, Callee &C) {
  const Expr *X = Fun;
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const TypeAndValue *TV = tv(X);
  if (TV && TV->M == TypeAndValue::Builtin)
    return false;
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  if (Id) {
    const Object *O = objOf(Id);
    if (O && (O->Kind == Object::Builtin || O->Id != BuiltinId::None))
      return false;
    if (O && O->Kind == Object::Func && Funcs.count(O)) {
      C.Direct = Funcs[O];
      C.Sig = cast<SignatureType>(underlying(O->T));
      return true;
    }
  }
  C.Sig = cast<SignatureType>(underlying(typeOf(X)));
  C.Closure = emitExpr(X);
  return true;
}

std::vector<Value *> CodeGen::callArgs(const CallExpr *E, SignatureType *Sig) {
  return emitValues(E->Args, Sig->Params);
}

Value *CodeGen::callWith(const Callee &C, llvm::ArrayRef<Value *> Args) {
  if (C.Direct)
    return B.CreateCall(C.Direct, Args);
  // A nil function value panics (Go: invalid memory address).
  BasicBlock *Nil = newBlock("call.nil"), *Ok = newBlock("call.ok");
  B.CreateCondBr(B.CreateIsNull(C.Closure), Nil, Ok);
  startBlock(Nil);
  rtCall("runtime.panicnilfunc", B.getVoidTy(), {}, true);
  B.CreateUnreachable();
  startBlock(Ok);
  std::vector<Value *> All{C.Closure};
  All.insert(All.end(), Args.begin(), Args.end());
  Value *Fn = B.CreateLoad(PtrTy, C.Closure);
  return B.CreateCall(funcType(C.Sig, true), Fn, All);
}

Value *CodeGen::emitCall(const CallExpr *E) {
  const Expr *Fun = E->Fun.get();
  const TypeAndValue *FTV = tv(Fun);
  if (FTV && FTV->M == TypeAndValue::TypeExpr) {
    // Conversion T(x).
    Type *To = FTV->T;
    Type *From = typeOf(E->Args[0].get());
    if (isString(To) && !isString(From)) {
      unsupported(E->getLoc(), "conversion to string");
      return zeroValue(To);
    }
    return convert(emitExpr(E->Args[0].get()), From, To);
  }
  const Expr *X = Fun;
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  if (Id)
    if (const Object *O = objOf(Id))
      if (O->Kind == Object::Builtin || O->Id != BuiltinId::None)
        return emitBuiltin(E, O);
  Callee C;
  calleeOf(Fun, C);
  std::vector<Value *> Args = callArgs(E, C.Sig);
  setLoc(E->getLoc());
  return callWith(C, Args);
}

void CodeGen::emitPrint(const CallExpr *E, bool Ln) {
  std::vector<std::pair<Value *, Type *>> Vals;
  for (auto &A : E->Args) {
    if (auto *TT = dyn_cast_or_null<TupleType>(typeOf(A.get()))) {
      // print(f()) with several results: each one.
      std::vector<Type *> Types;
      std::vector<Value *> Vs = emitTuple(A.get(), Types);
      for (size_t I = 0; I < Vs.size() && I < TT->Elems.size(); ++I)
        Vals.push_back({Vs[I], TT->Elems[I]});
      continue;
    }
    Vals.push_back({emitExpr(A.get()), typeOf(A.get())});
  }
  setLoc(E->getLoc());
  llvm::Type *Void = B.getVoidTy();
  rtCall("runtime.printlock", Void, {});
  for (size_t I = 0; I < Vals.size(); ++I) {
    if (Ln && I)
      rtCall("runtime.printsp", Void, {});
    Value *V = Vals[I].first;
    Type *U = underlying(Vals[I].second);
    if (isa<EmptyInterfaceType>(U)) {
      rtCall("runtime.printeface", Void, {V});
    } else if (isa<ChannelType>(U) || isa<SignatureType>(U) ||
               basicKind(U) == BasicKind::UntypedNil) {
      rtCall("runtime.printpointer", Void, {V});
    } else if (isString(U)) {
      rtCall("runtime.printstring", Void, {V});
    } else if (isBoolean(U)) {
      rtCall("runtime.printbool", Void, {V});
    } else if (isUnsigned(U)) {
      rtCall("runtime.printuint", Void, {B.CreateZExt(V, B.getInt64Ty())});
    } else {
      rtCall("runtime.printint", Void, {B.CreateSExt(V, B.getInt64Ty())});
    }
  }
  if (Ln)
    rtCall("runtime.printnl", Void, {});
  rtCall("runtime.printunlock", Void, {});
}

Value *CodeGen::emitBuiltin(const CallExpr *E, const Object *O) {
  llvm::Type *Void = B.getVoidTy();
  Type *IntT = Info.Types.basic(BasicKind::Int);
  auto Arg = [&](size_t I, Type *T) { return emitExprTo(E->Args[I].get(), T); };
  Value *NoValue = nullptr;
  switch (O->Id) {
  case BuiltinId::Print:
  case BuiltinId::Println:
    emitPrint(E, O->Id == BuiltinId::Println);
    return NoValue;
  case BuiltinId::Panic: {
    Value *V = Arg(0, Info.Types.emptyInterface());
    setLoc(E->getLoc());
    rtNoReturn("runtime.gopanic", {V});
    return NoValue;
  }
  case BuiltinId::Make: {
    Type *T = typeOf(E->Args[0].get());
    auto *CT = dyn_cast<ChannelType>(underlying(T));
    if (!CT) {
      unsupported(E->getLoc(), "make of " + typeString(T));
      return zeroValue(T);
    }
    Value *Size = E->Args.size() > 1
                      ? B.CreateSExt(Arg(1, IntT), B.getInt64Ty())
                      : B.getInt64(0);
    if (E->Args.size() > 1 && isUnsigned(typeOf(E->Args[1].get())))
      Size = B.CreateZExt(emitExpr(E->Args[1].get()), B.getInt64Ty());
    setLoc(E->getLoc());
    return rtCall("runtime.makechan", PtrTy, {typeDesc(CT->Elem), Size});
  }
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    Type *T = typeOf(E->Args[0].get());
    if (!isChan(T)) {
      unsupported(E->getLoc(), "len and cap of " + typeString(T));
      return zeroValue(IntT);
    }
    Value *C = emitExpr(E->Args[0].get());
    return rtCall(O->Id == BuiltinId::Len ? "runtime.chanlen" : "runtime.chancap",
                  IntTy, {C});
  }
  case BuiltinId::Close:
    rtCall("runtime.closechan", Void, {emitExpr(E->Args[0].get())});
    return NoValue;
  case BuiltinId::RuntimeGosched:
    rtCall("runtime.Gosched", Void, {});
    return NoValue;
  case BuiltinId::RuntimeGoexit:
    rtCall("runtime.Goexit", Void, {});
    return NoValue;
  case BuiltinId::RuntimeLockOSThread:
    rtCall("runtime.LockOSThread", Void, {});
    return NoValue;
  case BuiltinId::RuntimeUnlockOSThread:
    rtCall("runtime.UnlockOSThread", Void, {});
    return NoValue;
  case BuiltinId::RuntimeBreakpoint:
    rtCall("runtime.Breakpoint", Void, {});
    return NoValue;
  case BuiltinId::RuntimeGC:
    // No collector yet: runtime.GC gives cached stack memory back.
    rtCall("runtime.GC", Void, {});
    return NoValue;
  case BuiltinId::RuntimeGOMAXPROCS: {
    Value *N = B.CreateTrunc(Arg(0, IntT), B.getInt32Ty());
    return B.CreateSExt(rtCall("runtime.GOMAXPROCS", B.getInt32Ty(), {N}),
                        IntTy);
  }
  case BuiltinId::RuntimeNumGoroutine:
    return B.CreateSExt(rtCall("runtime.NumGoroutine", B.getInt32Ty(), {}),
                        IntTy);
  case BuiltinId::OsExit: {
    Value *N = B.CreateTrunc(Arg(0, IntT), B.getInt32Ty());
    rtCall("runtime.exit", Void, {N});
    return NoValue;
  }
  case BuiltinId::TimeSleep: {
    Value *D = emitExpr(E->Args[0].get());
    rtCall("runtime.tsleep", Void, {B.CreateSExt(D, B.getInt64Ty())});
    return NoValue;
  }
  case BuiltinId::Recover: {
    // The runtime recovers only for the function that panic's reflectcall
    // called: the caller's return address tells. A function that calls
    // recover is never inlined into another (emitDefer).
    Recovers.insert(Cur->Decl);
    Cur->Fn->addFnAttr(llvm::Attribute::NoInline);
    setLoc(E->getLoc());
    llvm::Function *RA = llvm::Intrinsic::getDeclaration(
        &M, llvm::Intrinsic::returnaddress);
    Value *Ret = B.CreateCall(RA, {B.getInt32(0)});
    return rtCallPair("runtime.gorecover", {Ret});
  }
  default:
    unsupported(E->getLoc(), "built-in " + O->Name);
    return NoValue;
  }
}

bool gort::generateCode(const File &F, SemaInfo &Info, Diagnostics &Diags,
                        llvm::Module &M, const CodeGenOptions &Opts) {
  CodeGen CG(F, Info, Diags, M, Opts);
  return CG.run();
}
