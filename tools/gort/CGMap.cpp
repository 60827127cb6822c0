//===- CGMap.cpp - Maps ---------------------------------------------------===//
//
// Maps. A map value is a pointer to the runtime's Hmap (null: the nil
// map); every operation is a call of hashmap.cpp (docs/ABI.md, "Type
// algorithms and maps") with the map type's descriptor, whose key and elem
// descriptors carry the key's hash and equal (CGAlg.cpp):
//
//   make(map[K]V, n)   makemap(t, n); a literal is makemap(t, #entries)
//                      then one mapassign per entry, in source order
//   m[k]               mapaccess1(t, m, &k), the value loaded at once
//   v, ok := m[k]      mapaccess2(t, m, &k, &ok)
//   m[k] = v           mapassign(t, m, &k), then v stored in the slot
//   m[k] op= v, m[k]++ one mapassign, as gc (for / and %: mapaccess1,
//                      the division, then mapassign, so that a division
//                      by zero panics before the key is added)
//   delete(m, k)       mapdelete(t, m, &k);  len(m)  maplen(m)
//   for k, v := range m  a GoHiter of GORT_HITER_WORDS words in the frame:
//                      mapiterinit, then mapiternext until it.key is null
//
// A key travels by address: it is stored (storeValue) into a frame slot.
// In an assignment, as gc orders it, the map and key operands of m[k] on
// the left that are more than variables and constants are evaluated
// before the right-hand side (g()[f()] = v calls g, f, then v); variables
// are read after it (m[k] = f() uses k as f leaves it), but before
// anything is assigned (k, m[k] = 1, 2 uses k's old value).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "gort/gort.h"

using namespace gort;
using namespace gort::cg;

/// E without parentheses as a map index expression m[k], or null.
const IndexExpr *CodeGen::mapIndex(const Expr *E) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  auto *IE = dyn_cast<IndexExpr>(E);
  return IE && isMap(typeOf(IE->X.get())) ? IE : nullptr;
}

/// K converted to MT's key type, in a frame slot (a fresh one, or Slot).
Value *CodeGen::keySlot(const Expr *K, MapTy *MT, Value *Slot) {
  Value *V = emitExprTo(K, MT->Key);
  if (!Slot)
    Slot = entryAlloca(memType(MT->Key), "mapkey");
  storeValue(MT->Key, V, Slot);
  return Slot;
}

/// Evaluates what R lacks of the operands of m[k]: the map, then the key
/// into a slot; with OnlyCalls, only those that are more than variables
/// and constants (gc evaluates those first and reads variables late).
void CodeGen::completeMapRef(const IndexExpr *E, MapRef &R, bool OnlyCalls) {
  if (!R.T) {
    R.MapT = typeOf(E->X.get());
    R.T = cast<MapTy>(underlying(R.MapT));
  }
  if (!R.Map && !(OnlyCalls && isSimpleOperand(E->X.get())))
    R.Map = emitExpr(E->X.get());
  if (!R.Key && !(OnlyCalls && isSimpleOperand(E->Index.get())))
    R.Key = keySlot(E->Index.get(), R.T);
}

/// The operands of m[k]: the map, then the key in a slot.
CodeGen::MapRef CodeGen::emitMapRef(const IndexExpr *E) {
  MapRef R;
  completeMapRef(E, R, /*OnlyCalls=*/false);
  return R;
}

/// Whether evaluating E calls nothing and cannot panic: a variable or a
/// constant, which gc reads where it is used.
bool CodeGen::isSimpleOperand(const Expr *E) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  const TypeAndValue *TV = tv(E);
  if (TV && TV->M == TypeAndValue::Constant)
    return true;
  return isa<Ident>(E);
}

/// Evaluates the operands of the map index expressions among Lhs that are
/// not yet: before the right-hand side (All false) those that are more
/// than variables and constants, after it (All true) the others. Either
/// way they are evaluated before any variable is assigned: in
/// k, m[k] = 1, 2 the key is k's old value.
void CodeGen::evalMapLhs(llvm::ArrayRef<const Expr *> Lhs, bool All) {
  for (const Expr *L : Lhs)
    if (const IndexExpr *IE = L ? mapIndex(L) : nullptr)
      completeMapRef(IE, MapLhs[IE], /*OnlyCalls=*/!All);
}

/// m[k], or with Ok, v, ok := m[k].
Value *CodeGen::emitMapIndex(const IndexExpr *E, Value **Ok) {
  MapRef R = emitMapRef(E);
  setLoc(E->getLoc());
  Value *T = typeDesc(R.MapT), *P;
  if (Ok) {
    auto *OkSlot = entryAlloca(B.getInt8Ty(), "mapok");
    P = rt(RtFn::mapaccess2, {T, R.Map, R.Key, OkSlot});
    *Ok = loadValue(Info.Types.basic(BasicKind::Bool), OkSlot);
  } else {
    P = rt(RtFn::mapaccess1, {T, R.Map, R.Key});
  }
  return loadValue(R.T->Elem, P);
}

/// m[k] = V (of type VT) for the map index expression E; its operands were
/// evaluated already if evalMapLhs did so.
void CodeGen::assignMapIndex(const IndexExpr *E, Value *V, Type *VT) {
  MapRef R;
  auto It = MapLhs.find(E);
  if (It != MapLhs.end()) {
    R = It->second;
    MapLhs.erase(It);
  }
  completeMapRef(E, R, /*OnlyCalls=*/false);
  Value *CV = convert(V, VT, R.T->Elem);
  setLoc(E->getLoc());
  Value *Slot = rt(RtFn::mapassign, {typeDesc(R.MapT), R.Map, R.Key});
  storeValue(R.T->Elem, CV, Slot);
}

/// m[k] op= y, and m[k]++ / m[k]-- (Y null, Op Add or Sub).
void CodeGen::emitMapOpAssign(const IndexExpr *E, Tok Op, const Expr *Y,
                              SourceLoc OpLoc) {
  MapRef R;
  completeMapRef(E, R, /*OnlyCalls=*/true);
  Type *T = cast<MapTy>(underlying(typeOf(E->X.get())))->Elem;
  bool IsShift = Op == Tok::Shl || Op == Tok::Shr;
  Type *YT = Y ? typeOf(Y) : T;
  Value *YV = !Y        ? constValue(T, ConstValue::makeInt(1))
              : IsShift ? emitExpr(Y)
                        : emitExprTo(Y, T);
  completeMapRef(E, R, /*OnlyCalls=*/false);
  setLoc(OpLoc);
  Value *Desc = typeDesc(R.MapT);
  if (Op == Tok::Quo || Op == Tok::Rem) {
    Value *X = loadValue(T, rt(RtFn::mapaccess1, {Desc, R.Map, R.Key}));
    Value *V = binaryOp(Op, X, YV, T, T, OpLoc, Y);
    setLoc(OpLoc);
    storeValue(T, V, rt(RtFn::mapassign, {Desc, R.Map, R.Key}));
    return;
  }
  Value *Slot = rt(RtFn::mapassign, {Desc, R.Map, R.Key});
  Value *X = loadValue(T, Slot);
  Value *V = binaryOp(Op, X, YV, T, IsShift ? YT : T, OpLoc, Y);
  storeValue(T, V, Slot);
}

/// make(map[K]V) and make(map[K]V, n). A hint int cannot hold means none,
/// as Go's makemap64 does.
Value *CodeGen::emitMakeMap(const CallExpr *E, Type *T) {
  Value *Hint = llvm::ConstantInt::get(IntTy, 0);
  if (E->Args.size() > 1) {
    const Expr *N = E->Args[1].get();
    bool U = isUnsigned(typeOf(N));
    Value *H = emitExpr(N);
    unsigned W = H->getType()->getIntegerBitWidth();
    if (W <= IntTy->getBitWidth()) {
      Hint = B.CreateIntCast(H, IntTy, !U);
    } else {
      Hint = B.CreateTrunc(H, IntTy);
      Value *Back = B.CreateIntCast(Hint, H->getType(), !U);
      Hint = B.CreateSelect(B.CreateICmpEQ(Back, H), Hint,
                            llvm::ConstantInt::get(IntTy, 0));
    }
  }
  setLoc(E->getLoc());
  return rt(RtFn::makemap, {typeDesc(T), Hint});
}

/// delete(m, k).
void CodeGen::emitDelete(const CallExpr *E) {
  Type *MT = typeOf(E->Args[0].get());
  Value *M = emitExpr(E->Args[0].get());
  Value *K = keySlot(E->Args[1].get(), cast<MapTy>(underlying(MT)));
  setLoc(E->getLoc());
  rt(RtFn::mapdelete, {typeDesc(MT), M, K});
}

/// for k, v := range m (and its other forms): the iteration variables
/// are one pair for the whole loop, as in Go 1.19.
void CodeGen::emitRangeMap(const RangeStmt *S, const Object *Label) {
  Type *XT = typeOf(S->X.get());
  auto *MT = cast<MapTy>(underlying(XT));
  Value *Map = emitExpr(S->X.get());
  const Expr *Vars[2] = {S->Key.get(), S->Value.get()};
  Type *VarT[2] = {MT->Key, MT->Elem};
  const Object *Objs[2] = {nullptr, nullptr};
  if (S->Op == Tok::Define)
    for (unsigned I = 0; I < 2; ++I)
      if (auto *Id = dyn_cast_or_null<Ident>(Vars[I]))
        if ((Objs[I] = Info.Defs.lookup(Id)))
          declareLocal(Objs[I], nullptr, Id->getLoc());
  auto *ItTy = llvm::ArrayType::get(PtrTy, GORT_HITER_WORDS);
  Value *It = entryAlloca(ItTy, "hiter");
  setLoc(S->getLoc());
  rt(RtFn::mapiterinit, {typeDesc(XT), Map, It});
  BasicBlock *Head = newBlock("maprange.head"),
             *Body = newBlock("maprange.body"),
             *Next = newBlock("maprange.next"), *End = newBlock("maprange.end");
  branchTo(Head);
  startBlock(Head);
  // it.key and it.elem, the hiter's first two words (GoHiter).
  Value *KeyP = B.CreateLoad(PtrTy, It);
  B.CreateCondBr(B.CreateIsNotNull(KeyP), Body, End);
  startBlock(Body);
  Value *Ptrs[2] = {KeyP, nullptr}, *Vals[2] = {nullptr, nullptr};
  for (unsigned I = 0; I < 2; ++I) {
    if (!Vars[I])
      continue;
    if (I == 1)
      Ptrs[1] = B.CreateLoad(PtrTy, B.CreateConstGEP1_32(PtrTy, It, 1));
    Vals[I] = loadValue(VarT[I], Ptrs[I]);
  }
  if (S->Op == Tok::Assign)
    evalMapLhs(Vars, /*All=*/true);
  for (unsigned I = 0; I < 2; ++I) {
    if (Objs[I])
      storeValue(Objs[I]->T, Vals[I], varAddr(Objs[I]));
    else if (Vars[I] && S->Op == Tok::Assign)
      assignTo(Vars[I], Vals[I], VarT[I], false);
  }
  Cur->Targets.push_back({Label, End, Next});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Next);
  startBlock(Next);
  setLoc(S->getLoc());
  rt(RtFn::mapiternext, {It});
  B.CreateBr(Head);
  startBlock(End);
}

/// map[K]V{k: v, ...}: makemap with the number of entries as the hint,
/// then each key and value in source order and its mapassign.
Value *CodeGen::emitMapLit(const CompositeLit *E, Type *T) {
  auto *MT = cast<MapTy>(underlying(T));
  setLoc(E->getLoc());
  Value *Desc = typeDesc(T);
  Value *M = rt(RtFn::makemap,
                {Desc, llvm::ConstantInt::get(IntTy, E->Elts.size())});
  Value *Slot = nullptr;
  for (auto &El : E->Elts) {
    auto *KV = cast<KeyValueExpr>(El.get());
    Slot = keySlot(KV->Key.get(), MT, Slot);
    Value *V = emitExprTo(KV->Value.get(), MT->Elem);
    setLoc(KV->getLoc());
    storeValue(MT->Elem, V, rt(RtFn::mapassign, {Desc, M, Slot}));
  }
  return M;
}
