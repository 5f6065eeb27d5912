/// Name resolution: which names are locals, cells, free variables or globals in each scope.
///
/// Comprehensions get their own scope (as in Python 3) but are compiled inline into the enclosing
/// frame, so their locals are just more registers of that frame.
final class Scope {
    enum Kind { case module, function, comprehension }
    let kind: Kind
    unowned(unsafe) let parent: Scope?
    var assigned: [String] = []
    private var assignedSet: Set<String> = []
    var params: [String] = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var used: Set<String> = []
    var children: [Scope] = []
    /// Locals captured by inner scopes.
    var cells: Set<String> = []
    /// Variables captured from enclosing function scopes, in capture order.
    var frees: [String] = []

    init(kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
        parent?.children.append(self)
    }

    func assign(_ n: String) {
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }
    func isAssigned(_ n: String) -> Bool { assignedSet.contains(n) }

    /// Is `n` a local of this scope (after `global`/`nonlocal` declarations)?
    func isLocal(_ n: String) -> Bool {
        if globals.contains(n) || nonlocals.contains(n) { return false }
        if kind == .module { return false }
        return assignedSet.contains(n) || params.contains(n)
    }

    /// The nearest enclosing function-like scope (function or module) that owns the frame.
    var frameScope: Scope {
        var s = self
        while s.kind == .comprehension, let p = s.parent { s = p }
        return s
    }

    func addFree(_ n: String) {
        if !frees.contains(n) { frees.append(n) }
    }
}

/// Builds the scope tree for a module.
struct ScopeAnalyzer {
    var scopes: [ObjectIdentifier: Scope] = [:]
    var module: Scope
    /// Names assigned at module level or declared `global` anywhere.
    var globalNames: [String] = []
    private var globalSet: Set<String> = []

    init() { module = Scope(kind: .module, parent: nil) }

    mutating func addGlobal(_ n: String) {
        if globalSet.insert(n).inserted { globalNames.append(n) }
    }

    mutating func analyze(_ body: [Stmt]) throws(SyntaxIssue) {
        for s in body { try stmt(s, module) }
        for n in module.assigned { addGlobal(n) }
        try resolve(module)
    }

    private mutating func resolve(_ scope: Scope) throws(SyntaxIssue) {
        for child in scope.children { try resolve(child) }
        // Names used here that are free: find their owner.
        for n in scope.used.sorted() where scope.kind != .module {
            if scope.isLocal(n) || scope.globals.contains(n) { continue }
            if scope.kind == .comprehension && scope.isAssigned(n) { continue }
            capture(n, from: scope)
        }
        for n in scope.nonlocals.sorted() {
            guard capture(n, from: scope) else {
                throw SyntaxIssue(message: "no binding for nonlocal '\(n)' found", line: 0, column: 0)
            }
        }
    }

    /// Marks `n` as captured by `scope` from an enclosing function scope, if any owns it.
    @discardableResult
    private func capture(_ n: String, from scope: Scope) -> Bool {
        var path: [Scope] = []
        var s = scope
        while let p = s.parent {
            path.append(s)
            if p.kind == .module { return false }
            let ownsIt = p.kind == .comprehension ? p.isAssigned(n) : p.isLocal(n)
            if ownsIt {
                if p.globals.contains(n) { return false }
                // Inner frames that are not the owner's frame capture it as a free variable.
                let ownerFrame = p.frameScope
                var cellNeeded = false
                for q in path where q.frameScope !== ownerFrame {
                    cellNeeded = true
                    if q.kind != .comprehension { q.addFree(n) }
                }
                if cellNeeded { p.cells.insert(n) }
                return true
            }
            if p.globals.contains(n) { return false }
            s = p
        }
        return false
    }

    private mutating func target(_ e: Expr, _ sc: Scope) throws(SyntaxIssue) {
        switch e.kind {
        case .name(let n): try bind(n, sc, e)
        case .tuple(let items), .list(let items): for i in items { try target(i, sc) }
        case .starred(let i): try target(i, sc)
        case .attribute(let o, _): try expr(o, sc)
        case .subscript(let o, let k):
            try expr(o, sc)
            try expr(k, sc)
        default: try expr(e, sc)
        }
    }

    private mutating func bind(_ n: String, _ sc: Scope, _ e: Expr? = nil) throws(SyntaxIssue) {
        if sc.globals.contains(n) {
            addGlobal(n)
            return
        }
        sc.assign(n)
        if sc.kind == .module { addGlobal(n) }
    }

    private mutating func stmts(_ b: [Stmt], _ sc: Scope) throws(SyntaxIssue) {
        for s in b { try stmt(s, sc) }
    }

    private mutating func stmt(_ s: Stmt, _ sc: Scope) throws(SyntaxIssue) {
        switch s.kind {
        case .expr(let e): try expr(e, sc)
        case .assign(let targets, let value):
            try expr(value, sc)
            for t in targets { try target(t, sc) }
        case .augAssign(let t, _, let v):
            try expr(v, sc)
            try target(t, sc)
            if case .name(let n) = t.kind { sc.used.insert(n) }
        case .annAssign(let t, let v):
            if let v {
                try expr(v, sc)
                try target(t, sc)
            }
        case .if(let c, let a, let b):
            try expr(c, sc)
            try stmts(a, sc)
            try stmts(b, sc)
        case .while(let c, let a, let b):
            try expr(c, sc)
            try stmts(a, sc)
            try stmts(b, sc)
        case .for(let t, let it, let a, let b):
            try expr(it, sc)
            try target(t, sc)
            try stmts(a, sc)
            try stmts(b, sc)
        case .def(let name, let params, let body):
            try defaults(params, sc)
            try bind(name, sc)
            let fs = Scope(kind: .function, parent: sc)
            scopes[ObjectIdentifier(s)] = fs
            try declareParams(params, fs)
            // Declarations apply to the whole body, wherever they appear.
            collectDeclarations(body, fs)
            for g in fs.globals { addGlobal(g) }
            try stmts(body, fs)
        case .return(let e): if let e { try expr(e, sc) }
        case .pass, .break, .continue: break
        case .del(let targets): for t in targets { try target(t, sc) }
        case .global(let names):
            for n in names {
                if sc.isAssigned(n) && sc.kind != .module && !sc.globals.contains(n) {
                    throw SyntaxIssue(message: "name '\(n)' is assigned to before global declaration", line: s.line, column: s.column)
                }
                sc.globals.insert(n)
                addGlobal(n)
            }
        case .nonlocal(let names):
            if sc.kind == .module {
                throw SyntaxIssue(message: "nonlocal declaration not allowed at module level", line: s.line, column: s.column)
            }
            for n in names { sc.nonlocals.insert(n) }
        case .assert(let a, let b):
            try expr(a, sc)
            if let b { try expr(b, sc) }
        case .raise(let a, let b):
            if let a { try expr(a, sc) }
            if let b { try expr(b, sc) }
        case .try(let body, let handlers, let orElse, let fin):
            try stmts(body, sc)
            for h in handlers {
                if let t = h.type { try expr(t, sc) }
                if let n = h.name { try bind(n, sc) }
                try stmts(h.body, sc)
            }
            try stmts(orElse, sc)
            try stmts(fin, sc)
        case .import(let items):
            for (m, a) in items { try bind(a ?? String(m.split(separator: ".")[0]), sc) }
        case .importFrom(_, let items):
            for (n, a) in items { try bind(a ?? n, sc) }
        }
    }

    private func collectDeclarations(_ body: [Stmt], _ fs: Scope) {
        for s in body {
            switch s.kind {
            case .global(let names): for n in names { fs.globals.insert(n) }
            case .nonlocal(let names): for n in names { fs.nonlocals.insert(n) }
            case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b):
                collectDeclarations(a, fs)
                collectDeclarations(b, fs)
            case .try(let a, let hs, let b, let c):
                collectDeclarations(a, fs)
                for h in hs { collectDeclarations(h.body, fs) }
                collectDeclarations(b, fs)
                collectDeclarations(c, fs)
            default: break
            }
        }
    }

    private mutating func defaults(_ p: Params, _ sc: Scope) throws(SyntaxIssue) {
        for q in p.positional + p.kwonly { if let d = q.defaultValue { try expr(d, sc) } }
    }

    private func declareParams(_ p: Params, _ fs: Scope) throws(SyntaxIssue) {
        fs.params = p.positional.map(\.name) + p.kwonly.map(\.name)
        if let v = p.varargs { fs.params.append(v) }
        if let k = p.kwargs { fs.params.append(k) }
    }

    private mutating func expr(_ e: Expr, _ sc: Scope) throws(SyntaxIssue) {
        switch e.kind {
        case .name(let n): sc.used.insert(n)
        case .constant: break
        case .fstring(let parts): try fparts(parts, sc)
        case .binary(_, let a, let b):
            try expr(a, sc)
            try expr(b, sc)
        case .unary(_, let a), .starred(let a), .attribute(let a, _): try expr(a, sc)
        case .boolOp(_, let items), .list(let items), .tuple(let items), .set(let items):
            for i in items { try expr(i, sc) }
        case .compare(let a, let rest):
            try expr(a, sc)
            for (_, r) in rest { try expr(r, sc) }
        case .call(let f, let args):
            try expr(f, sc)
            for a in args {
                switch a {
                case .positional(let x), .keyword(_, let x), .star(let x), .doubleStar(let x): try expr(x, sc)
                }
            }
        case .subscript(let a, let b):
            try expr(a, sc)
            try expr(b, sc)
        case .slice(let a, let b, let c):
            if let a { try expr(a, sc) }
            if let b { try expr(b, sc) }
            if let c { try expr(c, sc) }
        case .dict(let pairs):
            for (k, v) in pairs {
                if let k { try expr(k, sc) }
                try expr(v, sc)
            }
        case .ifExp(let a, let b, let c):
            try expr(a, sc)
            try expr(b, sc)
            try expr(c, sc)
        case .lambda(let params, let body):
            try defaults(params, sc)
            let fs = Scope(kind: .function, parent: sc)
            scopes[ObjectIdentifier(e)] = fs
            try declareParams(params, fs)
            try expr(body, fs)
        case .comprehension(.generator, let element, _, let clauses) where clauses.count == 1:
            // A one-clause generator expression is lazy: a function applied to each item on demand.
            try expr(clauses[0].iter, sc)
            let fs = Scope(kind: .function, parent: sc)
            scopes[ObjectIdentifier(e)] = fs
            fs.params = [".0"]
            try compTarget(clauses[0].target, fs)
            for cond in clauses[0].conditions { try expr(cond, fs) }
            try expr(element, fs)
        case .comprehension(_, let element, let value, let clauses):
            // The first iterable is evaluated in the enclosing scope.
            try expr(clauses[0].iter, sc)
            let cs = Scope(kind: .comprehension, parent: sc)
            scopes[ObjectIdentifier(e)] = cs
            for (i, c) in clauses.enumerated() {
                if i > 0 { try expr(c.iter, cs) }
                try compTarget(c.target, cs)
                for cond in c.conditions { try expr(cond, cs) }
            }
            try expr(element, cs)
            if let v = value { try expr(v, cs) }
        }
    }

    private mutating func compTarget(_ e: Expr, _ cs: Scope) throws(SyntaxIssue) {
        switch e.kind {
        case .name(let n): cs.assign(n)
        case .tuple(let items), .list(let items): for i in items { try compTarget(i, cs) }
        case .starred(let i): try compTarget(i, cs)
        default: try target(e, cs)
        }
    }

    private mutating func fparts(_ parts: [FPart], _ sc: Scope) throws(SyntaxIssue) {
        for p in parts {
            if case .field(let e, _, let spec) = p {
                try expr(e, sc)
                if let spec { try fparts(spec, sc) }
            }
        }
    }
}
