import BigInt

/// A literal value in the source.
enum Constant {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigint(BigInt)
    case float(Double)
    case str(String)
    case bytes([UInt8])
}

enum BinOp: String, CaseIterable {
    case add = "+", sub = "-", mul = "*", div = "/", floordiv = "//", mod = "%", pow = "**", lshift = "<<", rshift = ">>", bitand = "&",
        bitor = "|", bitxor = "^", matmul = "@"
}
enum UnaryOp { case neg, pos, not, invert }
enum CmpOp { case lt, le, eq, ne, gt, ge, `is`, isNot, `in`, notIn }

/// One piece of an f-string.
enum FPart {
    case literal(String)
    case field(Expr, conversion: Character?, spec: [FPart]?)
}

/// A call argument.
enum Arg {
    case positional(Expr)
    case keyword(String, Expr)
    case star(Expr)
    case doubleStar(Expr)
}

/// A `for ... in ... if ...` clause of a comprehension.
struct CompFor {
    var target: Expr
    var iter: Expr
    var conditions: [Expr]
}

enum ComprehensionKind { case list, set, dict, generator }

/// Function parameters.
struct Params {
    struct Param {
        var name: String
        var defaultValue: Expr?
        var line: Int
        var column: Int
    }
    var positional: [Param] = []  // includes positional-only
    var varargs: String?
    var kwonly: [Param] = []
    var kwargs: String?
}

final class Expr {
    indirect enum Kind {
        case name(String)
        case constant(Constant)
        case fstring([FPart])
        case binary(BinOp, Expr, Expr)
        case unary(UnaryOp, Expr)
        case boolOp(isAnd: Bool, [Expr])
        case compare(Expr, [(CmpOp, Expr)])
        case call(Expr, [Arg])
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        case slice(Expr?, Expr?, Expr?)
        case list([Expr])
        case tuple([Expr])
        case set([Expr])
        case dict([(Expr?, Expr)])
        case starred(Expr)
        case ifExp(test: Expr, body: Expr, orElse: Expr)
        case lambda(Params, Expr)
        case comprehension(ComprehensionKind, element: Expr, value: Expr?, [CompFor])
    }
    let kind: Kind
    let line: Int
    let column: Int
    let cachedHeight: Int
    var height: Int { cachedHeight }
    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.cachedHeight = Expr.computeHeight(kind)
    }
}

struct ExceptClause {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var line: Int
}

final class Stmt {
    indirect enum Kind {
        case expr(Expr)
        case assign(targets: [Expr], value: Expr)
        case augAssign(Expr, BinOp, Expr)
        case annAssign(Expr, value: Expr?)
        case `if`(Expr, [Stmt], [Stmt])
        case `while`(Expr, [Stmt], orElse: [Stmt])
        case `for`(target: Expr, iter: Expr, [Stmt], orElse: [Stmt])
        case def(name: String, Params, [Stmt])
        case `return`(Expr?)
        case pass, `break`, `continue`
        case del([Expr])
        case global([String])
        case nonlocal([String])
        case assert(Expr, Expr?)
        case raise(Expr?, cause: Expr?)
        case `try`([Stmt], [ExceptClause], orElse: [Stmt], finally: [Stmt])
        case `import`([(module: String, asName: String?)])
        case importFrom(module: String, [(name: String, asName: String?)])
    }
    let kind: Kind
    let line: Int
    let column: Int
    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
