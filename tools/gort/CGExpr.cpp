//===- CGExpr.cpp - Expressions -------------------------------------------===//
//
// Constants are folded by Sema; any expression Sema recorded as a constant
// is emitted from its exact value, never recomputed.
//
// Integer semantics are Go's: arithmetic wraps; x/0 and x%0 call
// runtime.panicdivide; MinInt / -1 is MinInt and MinInt % -1 is 0 (the
// divisor -1 is replaced by 1 and the quotient negated, since x86's idiv
// traps); shifts by counts >= the width give 0 (or the sign for >> of a
// signed value); a negative signed count calls runtime.panicshift.
//
// Floating point is IEEE's, as Go's: float32 values are LLVM floats, so
// every float32 operation rounds to float32; x/0 is ±Inf or NaN; == and
// the orderings are false for NaN, != is true. A float converted to an
// integer type it does not fit gives what gc's code gives on amd64 (x86's
// cvttsd2si "integer indefinite", through int32 for narrow types, and
// gc's uint64 sequence) on 386 and amd64, and what gc's ARM code gives on
// ARM (floatToInt; for 64-bit results that is Go's runtime._d2v, d2v).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/IR/Intrinsics.h"
#include <cmath>

using namespace gort;
using namespace gort::cg;

/// The zero value of T; for an array or struct, a cleared temporary.
Value *CodeGen::zeroValue(Type *T) {
  if (isAggregate(T) && Cur) {
    Value *Tmp = entryAlloca(memType(T), "zero");
    zeroMem(T, Tmp);
    return Tmp;
  }
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
  case ConstValue::Float:
    if (isa<EmptyInterfaceType>(underlying(T))) {
      Type *D = Info.Types.basic(V.K == ConstValue::Int ? BasicKind::Int
                                                        : BasicKind::Float64);
      return box(constValue(D, V), D);
    }
    if (LT->isFloatingPointTy()) {
      // The exact value rounded once, to the nearest float64 or float32.
      double D = 0;
      roundFloat(V, LT->isFloatTy(), D);
      return llvm::ConstantFP::get(LT, D);
    }
    if (!LT->isIntegerTy() || V.K != ConstValue::Int)
      return llvm::Constant::getNullValue(LT);
    return llvm::ConstantInt::get(LT, V.I.trunc(LT->getIntegerBitWidth()));
  case ConstValue::None:
    break;
  }
  return llvm::Constant::getNullValue(LT);
}

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
    if (auto *IE = dyn_cast<IndexExpr>(E)) {
      Value *Ok;
      Value *V = emitMapIndex(IE, &Ok);
      return {V, Ok};
    }
    if (auto *TA = dyn_cast<TypeAssertExpr>(E)) {
      Value *Ok;
      Value *V = emitAssert(TA, &Ok);
      return {V, Ok};
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
  if (isa<InterfaceTy>(UT)) {
    if (basicKind(UF) == BasicKind::UntypedNil)
      return llvm::Constant::getNullValue(EfaceTy);
    return convertIface(V, From, To);
  }
  llvm::Type *LT = llvmType(To);
  if (V->getType() == LT)
    return V;
  if (V->getType()->isIntegerTy() && LT->isIntegerTy())
    return B.CreateIntCast(V, LT, !isUnsigned(UF));
  if (V->getType()->isFloatingPointTy() && LT->isFloatingPointTy())
    return B.CreateFPCast(V, LT);
  if (V->getType()->isIntegerTy() && LT->isFloatingPointTy())
    return isUnsigned(UF) ? B.CreateUIToFP(V, LT) : B.CreateSIToFP(V, LT);
  if (V->getType()->isFloatingPointTy() && LT->isIntegerTy())
    return floatToInt(V, To);
  if (isa<llvm::ConstantPointerNull>(V) || basicKind(UF) == BasicKind::UntypedNil)
    return llvm::Constant::getNullValue(LT);
  return V;
}

/// Go's runtime._d2v (vlrt.go), which gc's ARM code calls to convert a
/// float64 to int64 or uint64: the mantissa shifted by the exponent,
/// negated for a negative V; when the shift overflows, the high word is
/// uint32(V) (saturating) and the low word 0.
Value *CodeGen::d2v(Value *V) {
  llvm::Type *I64 = B.getInt64Ty(), *I32 = B.getInt32Ty();
  auto C = [&](uint64_t N) { return llvm::ConstantInt::get(I64, N); };
  Value *X = B.CreateBitCast(V, I64);
  Value *M = B.CreateOr(B.CreateAnd(X, C((1ull << 52) - 1)), C(1ull << 52));
  Value *Exp = B.CreateAnd(B.CreateLShr(X, C(52)), C(0x7ff));
  Value *Sh = B.CreateSub(C(1075), Exp); // as a signed count
  Value *Right = B.CreateSelect(B.CreateICmpULT(Sh, C(64)),
                                B.CreateLShr(M, B.CreateAnd(Sh, C(63))), C(0));
  Value *LSh = B.CreateNeg(Sh);
  Value *Hi = B.CreateZExt(
      B.CreateIntrinsic(llvm::Intrinsic::fptoui_sat, {I32, V->getType()}, {V}),
      I64);
  Value *Left = B.CreateSelect(B.CreateICmpULE(LSh, C(11)),
                               B.CreateShl(M, B.CreateAnd(LSh, C(63))),
                               B.CreateShl(Hi, C(32)));
  Value *R = B.CreateSelect(B.CreateICmpSGE(Sh, C(0)), Right, Left);
  return B.CreateSelect(B.CreateICmpSLT(X, C(0)), B.CreateNeg(R), R);
}

/// Float V converted to integer type To, defined for every V (LLVM's
/// fptosi is poison out of range): see the header comment for which
/// values out-of-range inputs give.
Value *CodeGen::floatToInt(Value *V, Type *To) {
  llvm::Type *LT = llvmType(To);
  unsigned W = LT->getIntegerBitWidth();
  bool Unsigned = isUnsigned(To);
  llvm::Type *I32 = B.getInt32Ty(), *I64 = B.getInt64Ty();
  V = B.CreateFPExt(V, B.getDoubleTy()); // exact; a no-op for float64
  // x86's cvttsd2si: out of range or NaN gives the minimum integer.
  auto Cvt = [&](Value *X, unsigned Bits) -> Value * {
    llvm::Type *IT = B.getIntNTy(Bits);
    double Lim = std::ldexp(1.0, int(Bits) - 1);
    Value *In = B.CreateAnd(
        B.CreateFCmpOGT(X, llvm::ConstantFP::get(X->getType(), -Lim - 1)),
        B.CreateFCmpOLT(X, llvm::ConstantFP::get(X->getType(), Lim)));
    return B.CreateSelect(
        In, B.CreateFPToSI(X, IT),
        llvm::ConstantInt::get(IT, llvm::APInt::getSignedMinValue(Bits)));
  };
  if (TT.getArch() == llvm::Triple::arm) {
    // gc's ARM code: a signed result (narrow types go through int32) is
    // 0 for NaN and the minimum for out of range; uint32 saturates; 64-bit
    // results are the runtime's _d2v's.
    if (W == 64)
      return d2v(V);
    if (Unsigned && W == 32)
      return B.CreateIntrinsic(llvm::Intrinsic::fptoui_sat,
                               {I32, V->getType()}, {V});
    Value *R = B.CreateSelect(B.CreateFCmpUNO(V, V),
                              llvm::ConstantInt::get(I32, 0), Cvt(V, 32));
    return B.CreateTrunc(R, LT);
  }
  if (W < 32 || (!Unsigned && W == 32))
    return B.CreateTrunc(Cvt(V, 32), LT);
  if (W == 32) // uint32 (and 386's uint and uintptr): through int64
    return B.CreateTrunc(Cvt(V, 64), LT);
  if (!Unsigned)
    return Cvt(V, 64);
  // gc's uint64: x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63.
  llvm::Constant *Two63 = llvm::ConstantFP::get(V->getType(), 0x1p63);
  Value *Small = B.CreateFCmpOLT(V, Two63);
  Value *Lo = Cvt(V, 64);
  Value *Hi = B.CreateOr(
      Cvt(B.CreateFSub(V, Two63), 64),
      llvm::ConstantInt::get(I64, llvm::APInt::getSignedMinValue(64)));
  return B.CreateSelect(Small, Lo, Hi);
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

/// gc's order of evaluation (walk/order.go): a statement's calls (of
/// functions and methods), receives and && / || operations are made first,
/// in source order, each into a temporary, and the rest of its expressions
/// (variables, fields, elements, indirections: what reads memory or may
/// panic without calling) is evaluated after them, so println(a, f())
/// prints the a that f left, and in x[i] + f() f runs before the index is
/// checked. Operands inside a call (its arguments, its receiver) are read
/// when that call is made. The right operand of && and || is ordered on its
/// own, when it runs; so are a map literal's entries, one after the other.
/// Only when a read would otherwise come before a call
/// (ReadFirst: one already has, the variable of x op= f()) is anything
/// evaluated out of place: the calls go to PreEval, appended to Done.
void CodeGen::orderCalls(llvm::ArrayRef<const Expr *> Es, bool ReadFirst,
                         std::vector<const Expr *> &Done) {
  bool Read = ReadFirst, Need = false;
  std::vector<const Expr *> Hoist;
  for (const Expr *E : Es) // of several, a call on top is made first too
    collectOrder(E, /*Top=*/Es.size() == 1 && !ReadFirst, Read, Need, Hoist);
  if (!Need)
    return;
  for (const Expr *X : Hoist) {
    Value *V = emitExpr(X);
    if (!V)
      continue;
    Cur->PreEval[X] = V;
    Done.push_back(X);
  }
}

/// Whether E calls a function or method (not a conversion or a built-in).
bool CodeGen::isCall(const Expr *E) {
  auto *CE = dyn_cast<CallExpr>(E);
  if (!CE)
    return false;
  const TypeAndValue *TV = tv(CE->Fun.get());
  if (TV && (TV->M == TypeAndValue::TypeExpr || TV->M == TypeAndValue::Builtin))
    return false;
  const TypeAndValue *R = tv(CE);
  return R && R->M != TypeAndValue::NoValue && R->M != TypeAndValue::Invalid;
}

/// Walks E in evaluation order: appends to Hoist the calls, receives and
/// && / || that orderCalls makes first (inner ones before outer; E itself
/// when not Top), sets Read at an operand that reads memory, and Need when
/// such a read came before one of them.
void CodeGen::collectOrder(const Expr *E, bool Top, bool &Read, bool &Need,
                           std::vector<const Expr *> &Hoist) {
  if (!E)
    return;
  const TypeAndValue *TV = tv(E);
  if (TV && (TV->M == TypeAndValue::Constant ||
             TV->M == TypeAndValue::TypeExpr ||
             TV->M == TypeAndValue::Builtin || TV->M == TypeAndValue::Package))
    return;
  auto Walk = [&](const Expr *X) { collectOrder(X, false, Read, Need, Hoist); };
  // A call-like node: its operands are read when it runs.
  auto Early = [&](llvm::ArrayRef<const Expr *> Ops) {
    bool Inner = false;
    for (const Expr *X : Ops)
      collectOrder(X, false, Inner, Need, Hoist);
    if (Read)
      Need = true;
    Hoist.push_back(E);
  };
  switch (E->getKind()) {
  case Node::NK_ParenExpr:
    return collectOrder(cast<ParenExpr>(E)->X.get(), Top, Read, Need, Hoist);
  case Node::NK_Ident:
    if (const Object *O = objOf(cast<Ident>(E)); O && O->Kind == Object::Var)
      Read = true;
    return;
  case Node::NK_CallExpr: {
    auto *CE = cast<CallExpr>(E);
    std::vector<const Expr *> Ops;
    const TypeAndValue *FTV = tv(CE->Fun.get());
    if (!FTV || (FTV->M != TypeAndValue::TypeExpr &&
                 FTV->M != TypeAndValue::Builtin))
      Ops.push_back(CE->Fun.get());
    for (auto &A : CE->Args)
      Ops.push_back(A.get());
    if (!Top && isCall(CE))
      return Early(Ops);
    for (const Expr *X : Ops)
      Walk(X);
    return;
  }
  case Node::NK_UnaryExpr: {
    auto *UE = cast<UnaryExpr>(E);
    if (UE->Op == Tok::Arrow && !Top && TV && TV->M != TypeAndValue::CommaOk)
      return Early({UE->X.get()});
    Walk(UE->X.get());
    if (UE->Op == Tok::Arrow)
      Read = true;
    return;
  }
  case Node::NK_BinaryExpr: {
    auto *BE = cast<BinaryExpr>(E);
    if (BE->Op == Tok::LAnd || BE->Op == Tok::LOr) {
      if (!Top)
        return Early({BE->X.get()});
      return Walk(BE->X.get());
    }
    Walk(BE->X.get());
    Walk(BE->Y.get());
    return;
  }
  case Node::NK_IndexExpr: {
    auto *IE = cast<IndexExpr>(E);
    Walk(IE->X.get());
    Walk(IE->Index.get());
    Read = true;
    return;
  }
  case Node::NK_SliceExpr: {
    auto *SE = cast<SliceExpr>(E);
    Walk(SE->X.get());
    Walk(SE->Lo.get());
    Walk(SE->Hi.get());
    Walk(SE->Max.get());
    Read = true;
    return;
  }
  case Node::NK_SelectorExpr:
    Walk(cast<SelectorExpr>(E)->X.get());
    Read = true;
    return;
  case Node::NK_StarExpr:
    Walk(cast<StarExpr>(E)->X.get());
    Read = true;
    return;
  case Node::NK_TypeAssertExpr:
    Walk(cast<TypeAssertExpr>(E)->X.get());
    Read = true;
    return;
  case Node::NK_CompositeLit: {
    // A map literal is made at its place, its entries one after the other
    // (gc: m[k] = v for each, as statements).
    if (TV && isMap(TV->T))
      return Top ? void() : Early({});
    bool Struct = TV && isa<StructTy>(underlying(TV->T));
    for (auto &X : cast<CompositeLit>(E)->Elts) {
      if (auto *KV = dyn_cast<KeyValueExpr>(X.get())) {
        if (!Struct)
          Walk(KV->Key.get());
        Walk(KV->Value.get());
      } else {
        Walk(X.get());
      }
    }
    return;
  }
  default: // literals, function literals
    return;
  }
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
  case Node::NK_IndexExpr:
    if (const IndexExpr *IE = mapIndex(E))
      return emitMapIndex(IE, nullptr);
    return emitIndex(cast<IndexExpr>(E));
  case Node::NK_SliceExpr:
    return emitSliceExpr(cast<SliceExpr>(E));
  case Node::NK_TypeAssertExpr:
    return emitAssert(cast<TypeAssertExpr>(E), nullptr);
  case Node::NK_StarExpr:
    return emitStar(cast<StarExpr>(E));
  case Node::NK_CompositeLit:
    return emitCompositeLit(cast<CompositeLit>(E));
  case Node::NK_SelectorExpr: {
    auto *SE = cast<SelectorExpr>(E);
    if (Info.Selections.count(SE) &&
        Info.Selections[SE].Kind == Selection::FieldVal)
      return emitSelector(SE);
    if (const Selection *S = methodSelection(SE))
      return S->Kind == Selection::MethodVal ? emitMethodValue(SE, *S)
                                             : emitMethodExpr(SE, *S);
    if (Object *O = objOf(SE->Sel.get()); O && O->Kind == Object::Var)
      return loadValue(O->T, varAddr(O)); // pkg.V
    if (Object *O = objOf(SE->Sel.get());
        O && O->Kind == Object::Func && Funcs.count(O))
      return funcValueOf(O); // pkg.F as a value
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

/// The address of E, which Sema found addressable (the spec's "Address
/// operators"): what assignments, x op= y, &x and calls of pointer methods
/// work on. Each kind of addressable expression is one case here.
Value *CodeGen::emitAddr(const Expr *E) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *Id = dyn_cast<Ident>(E))
    if (const Object *O = objOf(Id); O && O->Kind == Object::Var)
      return varAddr(O);
  if (auto *SE = dyn_cast<StarExpr>(E)) {
    Value *P = emitExpr(SE->X.get());
    setLoc(E->getLoc());
    nilCheck(P);
    return P;
  }
  if (auto *SE = dyn_cast<SelectorExpr>(E)) {
    if (Info.Selections.count(SE))
      return fieldAddr(SE);
    if (const Object *O = objOf(SE->Sel.get()); O && O->Kind == Object::Var)
      return varAddr(O); // pkg.V
  }
  if (auto *IE = dyn_cast<IndexExpr>(E))
    return indexAddr(IE);
  unsupported(E->getLoc(), "the address of this expression");
  return entryAlloca(memType(typeOf(E)), "noaddr");
}

Value *CodeGen::emitUnary(const UnaryExpr *E) {
  Type *T = typeOf(E);
  switch (E->Op) {
  case Tok::Add:
    return emitExprTo(E->X.get(), T);
  case Tok::Sub: {
    Value *X = emitExprTo(E->X.get(), T);
    return X->getType()->isFloatingPointTy() ? B.CreateFNeg(X)
                                             : B.CreateNeg(X);
  }
  case Tok::Xor:
  case Tok::Not:
    return B.CreateNot(emitExprTo(E->X.get(), T));
  case Tok::And:
    return emitAddrOf(E);
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
    Value *Y;
    {
      Ordered O(*this, {E->Y.get()});
      Y = emitExpr(E->Y.get());
    }
    BasicBlock *RHSEnd = B.GetInsertBlock();
    B.CreateBr(End);
    startBlock(End);
    llvm::PHINode *Phi = B.CreatePHI(B.getInt1Ty(), 2);
    Phi->addIncoming(B.getInt1(E->Op == Tok::LOr), From);
    Phi->addIncoming(Y, RHSEnd);
    return Phi;
  }
  Type *XT = typeOf(E->X.get()), *YT = typeOf(E->Y.get());
  if (E->Op == Tok::Add && isString(T))
    return emitConcat(E);
  switch (E->Op) {
  case Tok::Eql:
  case Tok::Neq:
  case Tok::Lss:
  case Tok::Leq:
  case Tok::Gtr:
  case Tok::Geq: {
    // Arrays and structs are compared where they are, not copied.
    auto Operand = [&](const Expr *O) {
      const TypeAndValue *OV = tv(O);
      if (isAggregate(typeOf(O)) && OV && OV->M == TypeAndValue::Variable)
        return emitAddr(O);
      return emitExpr(O);
    };
    Value *X = Operand(E->X.get());
    Value *Y = Operand(E->Y.get());
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
  if (Op == Tok::Add && isString(T)) {
    setLoc(Loc);
    return rt(RtFn::concatstring2, {X, Y});
  }
  if (X->getType()->isFloatingPointTy()) {
    switch (Op) {
    case Tok::Add:
      return B.CreateFAdd(X, Y);
    case Tok::Sub:
      return B.CreateFSub(X, Y);
    case Tok::Mul:
      return B.CreateFMul(X, Y);
    case Tok::Quo:
      return B.CreateFDiv(X, Y);
    default:
      break;
    }
  }
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
    rt(RtFn::panicdivide, {});
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
    rt(RtFn::panicshift, {});
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

/// X == Y where one side is an interface: against nil, the type or itab
/// word is null; else both become the interface type (interface{} when
/// either side is one: Empty) and the runtime compares the dynamic types
/// and values (gc compares the words first; efaceeq and ifaceeq do both).
Value *CodeGen::equalInterfaces(Value *X, Type *XT, Value *Y, Type *YT,
                                bool Empty) {
  auto IsNil = [&](Value *V, Type *T) {
    return basicKind(underlying(T)) == BasicKind::UntypedNil ||
           isa<llvm::ConstantAggregateZero>(V);
  };
  if (IsNil(X, XT) || IsNil(Y, YT)) {
    Value *V = IsNil(X, XT) ? Y : X;
    return B.CreateIsNull(B.CreateExtractValue(V, 0));
  }
  Type *IT = Empty ? Info.Types.emptyInterface()
             : isNonEmptyInterface(underlying(XT)) ? XT
                                                   : YT;
  X = convert(X, XT, IT);
  Y = convert(Y, YT, IT);
  return rt(Empty ? RtFn::efaceeq : RtFn::ifaceeq, {X, Y});
}

Value *CodeGen::compare(Tok Op, Value *X, Type *XT, Value *Y, Type *YT,
                        SourceLoc Loc) {
  Type *UX = underlying(XT), *UY = underlying(YT);
  bool Eq = Op == Tok::Eql;
  bool XE = isa<EmptyInterfaceType>(UX), YE = isa<EmptyInterfaceType>(UY);
  if (XE || YE || isNonEmptyInterface(UX) || isNonEmptyInterface(UY)) {
    Value *R = equalInterfaces(X, XT, Y, YT, XE || YE);
    return Eq ? R : B.CreateNot(R);
  }
  if (isAggregate(UX)) {
    Value *R = equalValues(XT, X, Y, Loc);
    return Eq ? R : B.CreateNot(R);
  }
  if (isString(UX)) {
    setLoc(Loc);
    return compareStrings(Op, X, Y);
  }
  if (isa<gort::SliceTy>(UX) || isa<gort::SliceTy>(UY)) {
    // Only with nil: the array pointer is nil. The nil operand may have
    // the slice's type too (a zero constant): test the other one.
    auto *CX = dyn_cast<llvm::Constant>(X);
    Value *V = CX && CX->isNullValue() ? Y : X;
    Value *P = B.CreateExtractValue(V, 0);
    return Eq ? B.CreateIsNull(P) : B.CreateIsNotNull(P);
  }
  if (X->getType()->isPointerTy() || Y->getType()->isPointerTy()) {
    if (!X->getType()->isPointerTy())
      X = llvm::ConstantPointerNull::get(PtrTy);
    if (!Y->getType()->isPointerTy())
      Y = llvm::ConstantPointerNull::get(PtrTy);
    return Eq ? B.CreateICmpEQ(X, Y) : B.CreateICmpNE(X, Y);
  }
  if (X->getType()->isFloatingPointTy()) {
    // Ordered comparisons (false for NaN); != is unordered (true for NaN).
    Y = convert(Y, YT, XT);
    switch (Op) {
    case Tok::Eql:
      return B.CreateFCmpOEQ(X, Y);
    case Tok::Neq:
      return B.CreateFCmpUNE(X, Y);
    case Tok::Lss:
      return B.CreateFCmpOLT(X, Y);
    case Tok::Leq:
      return B.CreateFCmpOLE(X, Y);
    case Tok::Gtr:
      return B.CreateFCmpOGT(X, Y);
    default:
      return B.CreateFCmpOGE(X, Y);
    }
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
