//===- SemaAssignments.cpp - Assignability and assignments ----------------===//
//
// Assignability and assignments, as go/types' assignments.go (and
// operand.go's assignableTo). assign converts a value for a variable,
// argument, result or send of a given type and reports, in gc's words, one
// that is not assignable to it. assignStmt, op-assignments and := check
// their left-hand sides; a count mismatch names the function called, with
// have/want lines for arguments and results (haveWant); as gc, a failed
// assignment makes no "declared but not used" error follow.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

bool Checker::assignableTo(Operand &X, Type *T) {
  Type *V = X.T;
  if (isInvalid(V) || isInvalid(T))
    return true;
  if (identical(V, T))
    return true;
  Type *VU = underlying(V), *TU = underlying(T);
  if (isUntyped(V)) {
    BasicKind K = basicKind(V);
    if (isInterface(T))
      return true;
    if (K == BasicKind::UntypedNil)
      return hasNil(T);
    if (isUntyped(T))
      return (isNumeric(V) && isNumeric(T)) || basicKind(V) == basicKind(T);
    if (K == BasicKind::UntypedBool)
      return isBoolean(T);
    if (K == BasicKind::UntypedString)
      return isString(T);
    return isNumeric(T);
  }
  if (identical(VU, TU) && (!isa<NamedType>(V) || !isa<NamedType>(T)) &&
      !isa<BasicType>(VU))
    return true;
  std::string Why;
  if (isa<InterfaceTy>(TU))
    return implements(V, T, Why);
  auto *VC = dyn_cast<ChannelType>(VU);
  auto *TC = dyn_cast<ChannelType>(TU);
  return VC && TC && VC->Dir == ChannelType::Both &&
         identical(VC->Elem, TC->Elem) &&
         (!isa<NamedType>(V) || !isa<NamedType>(T));
}

/// Converts X for assignment to a T in Context ("variable declaration",
/// "argument to f", ...); reports and returns false if it is not assignable.
bool Checker::assign(Operand &X, Type *T, StringRef Context) {
  if (X.isInvalid() || isInvalid(T))
    return false;
  if (isUntyped(X.T)) {
    if (basicKind(X.T) == BasicKind::UntypedNil && !hasNil(T)) {
      errorAt(X.E, "cannot use nil as " + typeString(T) + " value in " +
                       Context);
      return false;
    }
    std::string Why;
    // An untyped constant assigned to an interface is converted to its
    // default type, and gc's message names that type.
    Type *Target = isInterface(T) ? defaultType(Ctx, X.T) : T;
    if (!implicitType(X, T, Why)) {
      errorAt(X.E, "cannot use " + operandString(X) + " as " +
                       typeString(Target) + " value in " + Context +
                       (Why.empty() ? "" : " (" + Why + ")"));
      return false;
    }
    if (std::string Not = notImplemented(X.T, T); !Not.empty()) {
      errorAt(X.E, "cannot use " + operandString(X) + " as type " +
                       typeString(T) + " in " + Context + Not);
      return false;
    }
    return true;
  }
  if (!assignableTo(X, T)) {
    errorAt(X.E, "cannot use " + operandString(X) + " as type " +
                     typeString(T) + " in " + Context +
                     notImplemented(X.T, T));
    return false;
  }
  return true;
}

/// types2's typesSummary for the "have"/"want" lines of a count mismatch:
/// `(number, string)`. An untyped numeric constant could be of any numeric
/// type, so it is a "number"; other untyped types lose "untyped ".
static std::string typesSummary(llvm::ArrayRef<Type *> Ts,
                                bool Variadic = false) {
  std::string S = "(";
  for (size_t I = 0; I < Ts.size(); ++I) {
    if (I)
      S += ", ";
    Type *T = Ts[I];
    if (!T || isInvalid(T))
      S += "<T>";
    else if (Variadic && I + 1 == Ts.size() && isa<SliceTy>(T))
      S += "..." + typeString(cast<SliceTy>(T)->Elem);
    else if (!isUntyped(T))
      S += typeString(T);
    else if (BasicKind K = basicKind(T); K == BasicKind::UntypedInt ||
                                         K == BasicKind::UntypedRune ||
                                         K == BasicKind::UntypedFloat)
      S += "number";
    else
      S += StringRef(typeString(T)).substr(sizeof("untyped ") - 1).str();
  }
  return S + ")";
}

/// The "have"/"want" continuation lines of gc's count mismatches.
std::string haveWant(llvm::ArrayRef<Operand> Have,
                     llvm::ArrayRef<Type *> Want, bool Variadic) {
  std::vector<Type *> Ts;
  for (const Operand &X : Have)
    Ts.push_back(X.T);
  return "\n\thave " + typesSummary(Ts) + "\n\twant " +
         typesSummary(Want, Variadic);
}

static Tok binaryOpOf(Tok AssignOp) {
  switch (AssignOp) {
  case Tok::AddAssign:
    return Tok::Add;
  case Tok::SubAssign:
    return Tok::Sub;
  case Tok::MulAssign:
    return Tok::Mul;
  case Tok::QuoAssign:
    return Tok::Quo;
  case Tok::RemAssign:
    return Tok::Rem;
  case Tok::AndAssign:
    return Tok::And;
  case Tok::OrAssign:
    return Tok::Or;
  case Tok::XorAssign:
    return Tok::Xor;
  case Tok::ShlAssign:
    return Tok::Shl;
  case Tok::ShrAssign:
    return Tok::Shr;
  default:
    return Tok::AndNot;
  }
}

/// gc's assignment mismatch error, naming the function when the right-hand
/// side is one call.
void Checker::assignMismatch(const ExprList &Rhs, size_t NVars,
                             size_t NVals) {
  auto Measure = [](size_t N, const char *Unit) {
    return std::to_string(N) + " " + Unit + (N == 1 ? "" : "s");
  };
  std::string Msg = "assignment mismatch: " + Measure(NVars, "variable") +
                    " but ";
  const Expr *E = Rhs[0].get();
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *C = dyn_cast<CallExpr>(E); C && Rhs.size() == 1)
    Msg += exprString(C->Fun.get()) + " returns ";
  errorAt(Rhs[0].get(), Msg + Measure(NVals, "value"));
}

/// For one variable and one value X (checked, not yet a single value):
/// reports a call with several results as gc does; returns true then.
bool Checker::tupleMismatch(const ExprList &Rhs, Operand &X) {
  auto *Tup = dyn_cast_or_null<TupleType>(X.T);
  if (X.isInvalid() || !Tup || X.M != TypeAndValue::Value)
    return false;
  assignMismatch(Rhs, 1, Tup->Elems.size());
  return true;
}

/// Checks the right-hand side of an assignment of NLhs values: either NLhs
/// expressions, or one call / comma-ok expression yielding NLhs values.
void Checker::rhsValues(const ExprList &Rhs, size_t NLhs, SourceLoc OpLoc,
                        std::vector<Operand> &Vals, bool &Ok) {
  Ok = false;
  if (Rhs.size() == 1 && NLhs == 1) {
    Operand X;
    check(Rhs[0].get(), X);
    if (tupleMismatch(Rhs, X))
      return;
    singleValue(X);
    Vals.push_back(X);
    Ok = !X.isInvalid();
    return;
  }
  if (Rhs.size() == 1 && NLhs > 1) {
    Operand X;
    check(Rhs[0].get(), X);
    if (X.isInvalid())
      return;
    auto *Tup = dyn_cast_or_null<TupleType>(X.T);
    if (X.M == TypeAndValue::CommaOk && NLhs != 2) {
      singleValue(X);
      Tup = nullptr;
    }
    if (X.M == TypeAndValue::NoValue) {
      singleValue(X);
      return;
    }
    if (!Tup || Tup->Elems.size() != NLhs) {
      assignMismatch(Rhs, NLhs, Tup ? Tup->Elems.size() : 1);
      return;
    }
    for (Type *T : Tup->Elems) {
      Operand E;
      E.M = TypeAndValue::Value;
      E.T = T;
      E.E = Rhs[0].get();
      Vals.push_back(E);
    }
    // The comma-ok boolean is untyped: it takes the type of its variable.
    if (X.M == TypeAndValue::CommaOk)
      Vals[1].T = Ctx.basic(BasicKind::UntypedBool);
    Ok = true;
    return;
  }
  for (const ExprPtr &E : Rhs)
    Vals.push_back(value(E.get()));
  if (Rhs.size() != NLhs) {
    if (Rhs.size() == 1) {
      Operand &X = Vals[0];
      if (!X.isInvalid() && isa_and_nonnull<TupleType>(X.T))
        return;
    }
    assignMismatch(Rhs, NLhs, Rhs.size());
    return;
  }
  for (const Operand &X : Vals)
    if (X.isInvalid())
      return;
  Ok = true;
}

/// Assigns X to the expression Lhs (a variable or _).
void Checker::assignVar(const Expr *Lhs, Operand &X, StringRef Context) {
  if (auto *Id = dyn_cast<Ident>(Lhs); Id && Id->Name == "_") {
    Info.Defs[Id] = nullptr;
    if (X.isInvalid())
      return;
    if (basicKind(X.T) == BasicKind::UntypedNil) {
      errorAt(X.E, "use of untyped nil in " + Context.str());
      return;
    }
    if (X.isConst() && isUntyped(X.T)) {
      Type *T = defaultType(Ctx, X.T);
      if (X.Val.isNumber() &&
          !representableConst(X.Val, basicKind(T), Ctx.wordBits())) {
        errorAt(X.E, "cannot use " + operandString(X) + " as " +
                         typeString(T) + " value in " + Context +
                         " to _ identifier (overflows)");
        return;
      }
    }
    useDefault(X);
    return;
  }
  // The target is not "used" by being assigned to.
  Operand L;
  bool WasUsed = false;
  Object *O = nullptr;
  if (auto *Id = dyn_cast<Ident>(Lhs)) {
    O = Cur->lookup(Id->Name);
    if (O && O->Kind == Object::Var)
      WasUsed = O->Used;
  }
  L = value(Lhs); // as types2's check.expr: a type is not an expression
  if (O && O->Kind == Object::Var)
    O->Used = WasUsed;
  if (L.isInvalid() || X.isInvalid())
    return;
  if (L.M != TypeAndValue::Variable && !isMapIndex(Lhs)) {
    errorAt(Lhs, "cannot assign to " + operandString(L));
    return;
  }
  assign(X, L.T, Context);
}

void Checker::assignStmt(const AssignStmt *S) {
  if (S->Op == Tok::Define)
    return shortVarDecl(S);
  if (S->Op != Tok::Assign) {
    if (S->Lhs.size() != 1 || S->Rhs.size() != 1)
      return;
    Operand X = value(S->Lhs[0].get());
    Operand Y = value(S->Rhs[0].get());
    if (X.isInvalid() || Y.isInvalid())
      return;
    const Expr *LhsE = S->Lhs[0].get();
    Operand Target = X;
    // x op= y is x = x op y, positioned at x.
    binaryOp(LhsE, LhsE, S->Rhs[0].get(), binaryOpOf(S->Op), X, Y);
    if (X.isInvalid())
      return;
    if (Target.M != TypeAndValue::Variable && !isMapIndex(LhsE)) {
      errorAt(LhsE, "cannot assign to " + operandString(Target));
      return;
    }
    X.E = S->Rhs[0].get();
    if (isUntyped(X.T))
      convertUntyped(X, Target.T);
    return;
  }
  std::vector<Operand> Vals;
  bool Ok;
  rhsValues(S->Rhs, S->Lhs.size(), S->OpLoc, Vals, Ok);
  for (size_t I = 0; I < S->Lhs.size(); ++I) {
    Operand X;
    if (Ok)
      X = Vals[I];
    assignVar(S->Lhs[I].get(), X, "assignment");
  }
  // As gc, a failed assignment makes no "declared but not used" follow.
  if (!Ok)
    for (const ExprPtr &L : S->Lhs)
      if (auto *Id = dyn_cast<Ident>(L.get()))
        if (Object *O = Cur->lookup(Id->Name); O && O->Kind == Object::Var)
          O->Used = true;
}

void Checker::shortVarDecl(const AssignStmt *S) {
  std::vector<Operand> Vals;
  bool Ok;
  rhsValues(S->Rhs, S->Lhs.size(), S->OpLoc, Vals, Ok);
  bool AnyNew = false;
  bool Failed = !Ok;
  std::vector<Object *> Lhs; // for "declared but not used"
  std::vector<std::pair<const Ident *, Object *>> News;
  std::set<std::string> Seen;
  for (size_t I = 0; I < S->Lhs.size(); ++I) {
    const auto *Id = dyn_cast<Ident>(S->Lhs[I].get());
    Operand X;
    if (Ok)
      X = Vals[I];
    if (!Id) {
      errorAt(S->Lhs[I].get(),
              "non-name " + exprString(S->Lhs[I].get()) +
                  " on left side of :=");
      continue;
    }
    if (Id->Name != "_" && !Seen.insert(Id->Name).second) {
      error(Id->getLoc(), Id->Name + " repeated on left side of :=");
      continue;
    }
    Object *Old = Id->Name == "_" ? nullptr : Cur->lookupLocal(Id->Name);
    if (Old || Id->Name == "_") {
      if (Old) {
        Info.Uses[Id] = Old;
        Lhs.push_back(Old);
      }
      assignVar(Id, X, "assignment");
      continue;
    }
    AnyNew = true;
    Type *T = Ctx.invalid();
    if (!X.isInvalid()) {
      if (basicKind(X.T) == BasicKind::UntypedNil) {
        errorAt(X.E, "use of untyped nil in assignment");
      } else {
        useDefault(X);
        if (!X.isInvalid())
          T = X.T;
      }
    }
    Failed |= isInvalid(T);
    Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
    O->Owner = CurFunc ? CurFunc->Fn : nullptr;
    Info.Defs[Id] = O;
    News.push_back({Id, O});
    Lhs.push_back(O);
  }
  if (!AnyNew)
    error(S->OpLoc, "no new variables on left side of :=");
  // As gc, a failed initialization makes no "declared but not used"
  // errors follow.
  if (Failed)
    for (Object *O : Lhs)
      O->Used = true;
  // The new variables are in scope after the statement.
  for (auto &N : News) {
    Cur->insert(N.second);
    if (CurFunc)
      CurFunc->Locals.push_back(N.second);
  }
}

} // namespace gort::sema
