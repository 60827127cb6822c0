//===- CGInternal.h - The code generator's one class -----------*- C++ -*-===//
//
// CodeGen, the class that turns one checked File into an LLVM module. As in
// clang's lib/CodeGen, the class is one but its emitters live in one file
// per kind of construct; each group of declarations below names its file:
//
//   CodeGen.cpp      generateCode, module setup (run), blocks and allocas
//   CGTypes.cpp      Go types as LLVM types; type descriptors (GoType)
//   CGDebugInfo.cpp  DWARF: types, subprograms, locations
//   CGDecl.cpp       functions, locals, captured cells, function literals
//   CGStmt.cpp       statements, select
//   CGExpr.cpp       expressions, constants, conversions, Go's arithmetic
//   CGAggregate.cpp  fields, pointers, composite literals, == on aggregates
//   CGMap.cpp        maps: make, index, assignment, delete, range, literals
//   CGAlg.cpp        type algorithms: the hash and equal of descriptors
//   CGCall.cpp       calls, go and defer (thunks, deferprocstk layouts)
//   CGMethods.cpp    methods, method values and method expressions
//   CGSlice.cpp      index and slice expressions, slice built-ins, string
//                    operations, range over sequences, variadic calls
//   CGBuiltin.cpp    print/println and the other built-ins
//   CGRuntime.cpp    calls of the runtime's entry points (C ABI lowering)
//
// Only these files include this header; the rest of the compiler sees
// CodeGen.h.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_CGINTERNAL_H
#define GORT_CGINTERNAL_H

#include "CodeGen.h"
#include "RuntimeEntries.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/TargetParser/Triple.h"
#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace gort {
namespace cg {

using llvm::BasicBlock;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::StringRef;
using llvm::Value;

/// How a target's C ABI passes a two-word struct (GoString, GoEface).
enum class PairABI { Split, ByVal, IntArray };

/// Go's function attributes: split stack, no tail calls (CGDecl.cpp).
void setGoAttrs(llvm::Function *Fn);
/// Makes CI, the last call of a wrapper invisible to recover, a jump.
void allowTailCall(llvm::CallInst *CI);

class CodeGen {
public:
  CodeGen(const Program &Prog, SemaInfo &Info, Diagnostics &Diags,
          llvm::Module &M, const CodeGenOptions &Opts);
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
    /// For each result of array or struct type, the memory its caller
    /// provided (funcType's extra parameter); null for other results.
    std::vector<Value *> ResultPtrs;
    /// A deferred call's thunk running a copy of the callee's body: the
    /// parameters (and closure) come from the block at ThunkArg, results
    /// are discarded.
    llvm::StructType *ThunkBlock = nullptr;
    /// A method's body copied into its method value's wrapper: the
    /// receiver is field 1 of this closure type (CGMethods.cpp).
    llvm::StructType *RecvClo = nullptr;
    /// ... into its method expression (*T).M's wrapper: the receiver is
    /// loaded through the pointer argument.
    Type *RecvDeref = nullptr;
    /// Values standing for expressions evaluated already: those a thunk
    /// loaded from its block (deferred built-in calls), the calls a
    /// statement makes first (orderCalls), the operands of a tuple
    /// assignment's left side (evalLhsOperands).
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
  /// A method value's or method expression's wrapper, made once every
  /// body has been emitted (CGMethods.cpp): a copy of the method's body if
  /// it calls recover, else a call.
  struct PendingWrap {
    llvm::Function *W;
    const Method *M;
    NamedType *Owner;
    llvm::StructType *CloTy; ///< method value: { fn, receiver }
    bool Deref;              ///< method expression (*T).M of a value method
    /// A promoted method's expression: the receiver's type and the path
    /// of embedded fields to the value that has M (wrapperPromote).
    Type *Recv = nullptr;
    std::vector<unsigned> Path = {};
  };
  struct PendingLit {
    const FuncLit *FL;
    llvm::Function *Fn;
    std::string Name;
  };


  // --- Types (CGTypes.cpp) -------------------------------------------------
  llvm::Type *llvmType(Type *T);
  llvm::Type *memType(Type *T);
  bool isAggregate(Type *T);
  llvm::FunctionType *funcType(SignatureType *S, bool WithContext);
  llvm::Type *resultType(SignatureType *S);
  llvm::Constant *typeDesc(Type *T);
  static uint32_t typeHash(llvm::StringRef Name);
  std::string typeName(Type *T, bool Key = false);
  uint64_t sizeOf(Type *T) { return DL.getTypeAllocSize(memType(T)); }

  // --- Type algorithms (CGAlg.cpp) -----------------------------------------
  llvm::Constant *algFn(Type *T, bool Equal);
  llvm::Constant *madeAlgFn(Type *T, bool Equal);
  std::string algName(Type *T, bool Equal);
  bool isPlainMemory(Type *T);
  std::vector<uint64_t> fieldOffsets(StructTy *ST);

  // --- Debug information (CGDebugInfo.cpp) ---------------------------------
  llvm::DIType *diType(Type *T);
  llvm::DIType *diStruct(StructTy *ST, const std::string &Name,
                         const std::string &Key);
  void setLoc(SourceLoc L);
  // Debug positions honour //line directives (Diagnostics::presumed).
  llvm::DIFile *diFile(SourceLoc L);
  unsigned diLine(SourceLoc L) { return Diags.presumed(L).Line; }
  llvm::DILocation *diLoc(SourceLoc L, llvm::DISubprogram *SP);
  llvm::DISubprogram *thunkSubprogram(llvm::Function *Thunk, SourceLoc Loc);

  // --- Helpers (here and CodeGen.cpp) --------------------------------------
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
  BasicBlock *newBlock(const llvm::Twine &Name);
  void startBlock(BasicBlock *BB);
  void branchTo(BasicBlock *BB);
  bool terminated() { return B.GetInsertBlock()->getTerminator() != nullptr; }
  llvm::AllocaInst *entryAlloca(llvm::Type *T, const llvm::Twine &Name);

  // --- Runtime calls (CGRuntime.cpp) ---------------------------------------
  Value *mal(uint64_t Size);
  /// A zeroed heap object for a value of T: runtime.mallocgc with
  /// GORT_FLAG_NOPOINTERS when T holds no pointers.
  Value *heapAlloc(Type *T);
  Value *mallocgc(uint64_t Size, bool NoPointers);
  llvm::Type *rtType(RtType T);
  bool rtSRet(RtType T);
  llvm::Function *rtDecl(RtFn F);
  Value *rt(RtFn F, llvm::ArrayRef<Value *> Args);
  void rtNoReturn(RtFn F, llvm::ArrayRef<Value *> Args);

  // --- Declarations (CGDecl.cpp) -------------------------------------------
  void emitFuncLit(const PendingLit &P);
  void emitPendingLits();
  Value *emitFuncLitValue(const FuncLit *FL);
  void beginFunction(llvm::Function *Fn, const Node *Decl, StringRef Name,
                     SourceLoc Loc, bool HasContext);
  void finishFunction(SignatureType *Sig);
  void emitDeferExit(SignatureType *Sig);
  void emitRet(llvm::ArrayRef<Value *> Vals);
  void declareLocal(const Object *O, Value *Init, SourceLoc Loc,
                    unsigned ArgNo = 0);
  Value *varAddr(const Object *O);
  Value *loadValue(Type *T, Value *Addr);
  void storeValue(Type *T, Value *V, Value *Addr);
  /// A byte of a string's data at Addr (Go's strings never change).
  Value *loadStringByte(Value *Addr);
  /// Clears the memory of a variable of type T at Addr.
  void zeroMem(Type *T, Value *Addr);
  /// A function's result I as the value it returns: an array or struct is
  /// copied into the caller's memory, whose address is returned.
  Value *resultValue(unsigned I, Value *V);
  llvm::Constant *funcValueOf(const Object *O);
  void forwardCall(llvm::IRBuilder<> &WB, llvm::Function *Fn,
                   llvm::ArrayRef<Value *> Args);

  // --- Statements (CGStmt.cpp) ---------------------------------------------
  void emitBlock(const StmtList &L);
  void emitStmt(const Stmt *S, const Object *Label = nullptr);
  void emitDeclStmt(const DeclStmt *S);
  void emitAssign(const AssignStmt *S);
  void assignTo(const Expr *Lhs, Value *V, Type *VT, bool Define);
  Value *onceAddr(const Expr *L);
  void evalLhsOperands(const Expr *L, bool Calls,
                       std::vector<const Expr *> &Done);
  void emitIf(const IfStmt *S);
  void emitFor(const ForStmt *S, const Object *Label);
  void emitRange(const RangeStmt *S, const Object *Label);
  void emitSwitch(const SwitchStmt *S, const Object *Label);
  void emitSelect(const SelectStmt *S, const Object *Label);
  Value *recv(Value *Ch, Type *ChT, Value **Ok);
  void emitBranch(const BranchStmt *S);
  void emitReturn(const ReturnStmt *S);
  BasicBlock *labelBlock(const Object *L);

  // --- Expressions (CGExpr.cpp) --------------------------------------------
  Value *zeroValue(Type *T);
  Value *constValue(Type *T, const ConstValue &V);
  Value *stringConst(StringRef S);
  Value *emitExpr(const Expr *E);
  Value *emitExprTo(const Expr *E, Type *To);
  std::vector<Value *> emitTuple(const Expr *E, std::vector<Type *> &Types);
  std::vector<Value *> emitValues(const ExprList &L,
                                  const std::vector<Type *> &To);
  Value *convert(Value *V, Type *From, Type *To);
  Value *floatToInt(Value *V, Type *To);
  Value *d2v(Value *V);
  Value *box(Value *V, Type *From);
  Value *emitIdent(const Ident *Id);
  Value *emitAddr(const Expr *E);
  /// Panics as Go does on a nil dereference when P is null.
  void nilCheck(Value *P);
  // (CGAggregate.cpp)
  Value *emitStar(const StarExpr *E);
  Value *emitAddrOf(const UnaryExpr *E);
  Value *emitSelector(const SelectorExpr *E);
  Value *fieldAddr(const SelectorExpr *E);
  Value *pathAddr(const SelectorExpr *E, llvm::ArrayRef<unsigned> Path, Type *&T);
  Value *emitCompositeLit(const CompositeLit *E);
  void emitCompositeLitInto(const CompositeLit *E, Type *T, Value *Addr,
                            bool Zeroed);
  void emitElemInto(const Expr *E, Type *T, Value *Addr);
  /// X == Y for values of array or struct type T (addresses).
  Value *equalValues(Type *T, Value *X, Value *Y, SourceLoc Loc);
  Value *equalStrings(Value *X, Value *Y);
  Value *equalInterfaces(Value *X, Type *XT, Value *Y, Type *YT, bool Empty);
  BasicBlock *switchClauses(const BlockStmt *Body, const char *Prefix,
                            std::vector<const CaseClause *> &Clauses,
                            std::vector<BasicBlock *> &Bodies);
  Value *emitUnary(const UnaryExpr *E);
  Value *emitBinary(const BinaryExpr *E);
  Value *binaryOp(Tok Op, Value *X, Value *Y, Type *T, Type *YT,
                  SourceLoc Loc, const Expr *YE);
  Value *compare(Tok Op, Value *X, Type *XT, Value *Y, Type *YT,
                 SourceLoc Loc);
  Value *divide(bool Rem, Value *X, Value *Y, Type *T, const Expr *YE);
  Value *shift(bool Left, Value *X, Value *Y, Type *T, Type *YT,
               const Expr *YE);

  // --- Maps (CGMap.cpp) ---------------------------------------------------
  /// The evaluated operands of m[k]: the map and the key's frame slot.
  struct MapRef {
    Type *MapT = nullptr;
    MapTy *T = nullptr;
    Value *Map = nullptr, *Key = nullptr;
  };
  const IndexExpr *mapIndex(const Expr *E);
  Value *keySlot(const Expr *K, MapTy *MT, Value *Slot = nullptr);
  void completeMapRef(const IndexExpr *E, MapRef &R, bool OnlyCalls);
  MapRef emitMapRef(const IndexExpr *E);
  bool isSimpleOperand(const Expr *E);

  // --- gc's order of evaluation (CGExpr.cpp) --------------------------------
  void orderCalls(llvm::ArrayRef<const Expr *> Es, bool ReadFirst,
                  std::vector<const Expr *> &Done);
  void collectOrder(const Expr *E, bool Top, bool &Read, bool &Need,
                    std::vector<const Expr *> &Hoist);
  bool isCall(const Expr *E);
  /// The calls of a statement's expressions evaluated first (orderCalls)
  /// while it lives; their values are forgotten when it ends.
  struct Ordered {
    CodeGen &CG;
    std::vector<const Expr *> Done;
    Ordered(CodeGen &CG, llvm::ArrayRef<const Expr *> Es,
            bool ReadFirst = false)
        : CG(CG) {
      CG.orderCalls(Es, ReadFirst, Done);
    }
    ~Ordered() {
      for (const Expr *X : Done)
        CG.Cur->PreEval.erase(X);
    }
  };
  void evalMapLhs(llvm::ArrayRef<const Expr *> Lhs, bool All);
  Value *emitMapIndex(const IndexExpr *E, Value **Ok);
  void assignMapIndex(const IndexExpr *E, Value *V, Type *VT);
  void emitMapOpAssign(const IndexExpr *E, Tok Op, const Expr *Y,
                       SourceLoc OpLoc);
  Value *emitMakeMap(const CallExpr *E, Type *T);
  void emitDelete(const CallExpr *E);
  void emitRangeMap(const RangeStmt *S, const Object *Label);
  Value *emitMapLit(const CompositeLit *E, Type *T);

  // --- Calls, go and defer (CGCall.cpp) ------------------------------------
  struct Callee {
    llvm::Function *Direct = nullptr; ///< package function
    Value *Closure = nullptr;         ///< function value
    SignatureType *Sig = nullptr;
    /// A method call x.M(args): the receiver, Sig's first parameter.
    Value *Recv = nullptr;
    /// An interface method call: the itab's fun[k], called with Closure
    /// (the data word) first.
    Value *IfaceFn = nullptr;
  };
  /// Whether calleeOf may call an interface method through its itab (a
  /// plain call; go and defer take the method value).
  bool IfaceCallOk = false;

  // Interfaces (CGInterfaces.cpp).
  bool isDirectIface(Type *T);
  llvm::Constant *itabFor(Type *T, Type *I);
  llvm::Function *methodExprFn(Type *T, const std::string &Name);
  Value *wrapperFromData(llvm::IRBuilder<> &WB, Type *T, Value *Data);
  unsigned resultSlots(SignatureType *Sig);
  llvm::Function *methodEntry(const std::string &Name, Type *T,
                              const std::string &MName, bool FromData);
  llvm::Function *ifaceMethodFn(Type *T, const std::string &Name);
  llvm::Function *typeMethodFn(Type *T, const std::string &Name);
  Value *ifaceFn(llvm::IRBuilder<> &IB, Value *Tab, int K);
  llvm::Constant *uncommonFor(Type *T);
  llvm::StructType *ifaceDescType();
  llvm::Constant *ifaceDescInit(Type *T, llvm::Constant *Base);
  // GoStructType and GoFuncType (CGTypes.cpp).
  llvm::StructType *structDescType();
  llvm::Constant *structDescInit(Type *T, llvm::Constant *Base);
  llvm::StructType *funcDescType();
  llvm::Constant *funcDescInit(Type *T, llvm::Constant *Base);
  Value *convertIface(Value *V, Type *From, Type *To);
  Value *holdsType(Value *I, Type *IT, Type *T);
  Value *ifaceValue(Value *I, Type *T);
  Value *assertValue(Value *X, Type *XT, Type *T, Value **Ok);
  Value *emitAssert(const TypeAssertExpr *TA, Value **Ok);
  Value *ifaceRecv(const SelectorExpr *SE, const Selection &S, Type *&IT);
  bool ifaceCallee(const SelectorExpr *SE, const Selection &S, Callee &C);
  void ifaceNilCheck(Value *I);
  llvm::Function *ifaceWrapper(const std::string &Name, Type *IT,
                               const Method *Me, bool Clo);
  Value *ifaceMethodValue(const SelectorExpr *SE, const Selection &S);
  Value *ifaceMethodExpr(const Selection &S);
  Value *promotedIfaceMethodExpr(const Selection &S);
  void emitTypeSwitch(const TypeSwitchStmt *S, const Object *Label);
  llvm::Function *methodExprWrapper(const SelectorExpr *SE, const Selection &S);
  Value *emitCall(const CallExpr *E);
  bool calleeOf(const Expr *Fun, Callee &C);
  std::vector<Value *> callArgs(const CallExpr *E, const Callee &C);
  std::vector<Value *> argValues(const CallExpr *E,
                                 const std::vector<Type *> &Params,
                                 bool Variadic);
  Value *callWith(const Callee &C, llvm::ArrayRef<Value *> Args);
  void emitGo(const GoStmt *S);
  void emitDefer(const DeferStmt *S);
  llvm::StructType *argBlock(llvm::ArrayRef<Value *> Vals,
                             llvm::ArrayRef<Type *> Types, Value **Addr,
                             const llvm::Twine &Name);
  std::vector<Type *> blockTypes(const Callee &C, std::vector<Value *> &Vals);
  void addResultSlots(SignatureType *Sig, std::vector<Value *> &Args,
                      llvm::IRBuilder<> &IB, llvm::BasicBlock *AllocaBB);
  Value *blockField(llvm::IRBuilder<> &TB, llvm::StructType *BlockTy,
                    Value *Blk, unsigned I, llvm::Type *T);
  llvm::Function *newThunk(const llvm::Twine &Name);
  void emitCallThunk(llvm::Function *Thunk, SourceLoc Loc, const Callee &C,
                     llvm::StructType *BlockTy, unsigned NumArgs,
                     bool Deferred);
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

  // --- Methods (CGMethods.cpp) --------------------------------------------
  Type *recvType(const Method *M, NamedType *N);
  llvm::Function *methodFn(const Method *M, NamedType *N);
  SignatureType *methodSig(const Method *M, NamedType *N);
  llvm::Function *declareMethod(const FuncDecl *FD, const FuncInfo &FI);
  Value *methodRecv(const SelectorExpr *SE, const Selection &S);
  const Selection *methodSelection(const Expr *E);
  bool methodCallee(const Expr *Fun, Callee &C);
  llvm::Function *methodWrapper(const std::string &Name, SignatureType *Sig,
                                const PendingWrap &P);
  void emitMethodWrapper(const PendingWrap &P);
  Value *wrapperLoad(llvm::IRBuilder<> &WB, Type *T, Value *Addr);
  Value *wrapperPromote(llvm::IRBuilder<> &WB, const PendingWrap &P,
                        Value *X);
  Value *emitMethodValue(const SelectorExpr *SE, const Selection &S);
  Value *emitMethodExpr(const SelectorExpr *SE, const Selection &S);

  // --- Slices, strings and arrays (CGSlice.cpp) ----------------------------
  /// A sequence's array (or the address of an array value), length,
  /// capacity and element type.
  struct Seq {
    Value *Ptr = nullptr, *Len = nullptr, *Cap = nullptr;
    Type *Elem = nullptr;
    bool IsString = false, IsSlice = false;
  };
  Value *sliceValue(Value *Ptr, Value *Len, Value *Cap);
  Value *stringValue(Value *Ptr, Value *Len);
  void panicIf(Value *Fail, Value *X, bool XUnsigned, Value *Bound, int Code);
  Value *checkBound(Value *X, bool XUnsigned, Value *Bound, int Code,
                    bool Inclusive);
  Seq emitSeq(const Expr *X);
  Value *emitIndexValue(const Expr *E, Value *Bound, int Code, bool Inclusive);
  Value *indexAddr(const IndexExpr *E);
  Value *emitIndex(const IndexExpr *E);
  Value *emitSliceExpr(const SliceExpr *E);
  Value *emitLenCap(const Expr *X, bool Len);
  Value *emitMakeSlice(const CallExpr *E, Type *T);
  Value *emitAppend(const CallExpr *E);
  Value *emitCopy(const CallExpr *E);
  Value *stringConversion(Value *V, Type *From, Type *To);
  Value *constStringToSlice(StringRef S, bool Runes);
  Value *emitConcat(const BinaryExpr *E);
  Value *compareStrings(Tok Op, Value *X, Value *Y);
  Value *packSlice(Type *Elem, llvm::ArrayRef<Value *> Vals);
  void rangeAssign(const RangeStmt *S, const Expr *K, Value *V, Type *VT);
  void emitRangeSeq(const RangeStmt *S, const Object *Label);

  // --- Built-ins (CGBuiltin.cpp) -------------------------------------------
  Value *emitBuiltin(const CallExpr *E, const Object *O);
  void emitPrint(const CallExpr *E, bool Ln);
  llvm::StructType *emitBuiltinThunk(const CallExpr *CE, llvm::Function *Thunk,
                                     SourceLoc Loc, Value **Blk,
                                     const llvm::Twine &BlockName,
                                     bool Deferred);

  // --- Packages (CodeGen.cpp) ---------------------------------------------
  using BodyList = std::vector<std::pair<const FuncDecl *, llvm::Function *>>;
  void declareFuncs(const Package &P, BodyList &Bodies,
                    std::vector<llvm::Function *> &InitFns);
  void declareGlobals(const Package &P);
  llvm::GlobalVariable *packageVar(const Object *O);
  /// Whether this module defines P's functions, variables and init.
  bool owns(const Package &P) const { return !Opts.Only || Opts.Only == &P; }
  void addComdats();
  bool inlinable(const FuncDecl *FD);
  /// Other packages' functions whose bodies this module copies, to inline.
  std::vector<llvm::Function *> Inlinable;
  std::vector<SourceLoc> LitLocs; ///< of every function literal
  /// The packages Opts.Only imports, directly or not: those whose small
  /// functions its module may copy (their sources are in its cache key).
  std::set<std::string> Deps;
  /// Writes the body of a bodyless library function the compiler
  /// implements (CGIntrinsics.cpp); false if Sym is not one.
  bool emitIntrinsicBody(llvm::Function *Fn, llvm::StringRef Sym);
  void emitPackageInit(const Package &P,
                       const std::vector<llvm::Function *> &InitFns);

  // --- Module state --------------------------------------------------------
  const Program &Prog;
  /// Each package's init function (<path>.init), by import path.
  std::map<std::string, llvm::Function *> PackageInits;
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
  llvm::StructType *SliceHdrTy; ///< { ptr, iP len, iP cap } (gort::SliceTy is the Go type)
  llvm::StructType *EfaceTy;   ///< { ptr, ptr }
  llvm::StructType *GoTypeTy;  ///< gort.h's GoType

  std::unique_ptr<llvm::DIBuilder> DIB;
  llvm::DICompileUnit *CU = nullptr;
  llvm::DIFile *DIF = nullptr;
  std::map<std::string, llvm::DIFile *> DIFiles; ///< named by //line
  std::map<std::string, llvm::DIType *> DITypes;

  FuncState *Cur = nullptr;
  llvm::DenseMap<const Object *, llvm::Function *> Funcs;
  /// Method declarations' functions; methods' signatures with receiver.
  llvm::DenseMap<const void *, llvm::Function *> MethodFns;
  llvm::DenseMap<const Method *, SignatureType *> MethodSigs;
  llvm::DenseMap<const Object *, llvm::GlobalVariable *> Globals;
  std::map<std::string, llvm::Constant *> TypeDescs; ///< by typeName's key
  llvm::StringMap<llvm::Constant *> Strings;
  std::deque<PendingLit> Lits;
  /// Each function literal's Go name (main.outer.funcN), for the copy of
  /// its body that a deferred call of it runs (emitPendingDefers).
  llvm::DenseMap<const FuncLit *, std::string> LitNames;
  std::deque<PendingDefer> DeferQ;
  std::deque<PendingWrap> WrapQ;
  llvm::DenseMap<llvm::Function *, const FuncDecl *> DeclOf;
  std::set<const Node *> Recovers; ///< functions whose body calls recover
  /// The frame slot holding a captured variable's cell address.
  llvm::DenseMap<const Object *, Value *> CellSlots;
  /// The hash and equal functions made (CGAlg.cpp), by typeName's key.
  std::map<std::string, llvm::Function *> AlgFns;
  /// The operands of m[k] on the left of the assignment being emitted,
  /// evaluated before its right-hand side (evalMapLhs).
  llvm::DenseMap<const IndexExpr *, MapRef> MapLhs;
  bool Failed = false;
};

} // namespace cg
} // namespace gort

#endif // GORT_CGINTERNAL_H
