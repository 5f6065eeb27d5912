import Dataway
import Testing

@Suite("Compile and runtime errors")
struct ErrorTests {
    func compileError(_ source: String) -> CompileError? {
        do {
            _ = try Script.compile(source)
            return nil
        } catch {
            return error
        }
    }

    @Test("syntax error gives line, column, source line and caret")
    func syntaxPosition() throws {
        let e = try #require(compileError("x = 1\ny = (2 +\nz = 3\n"))
        #expect(e.line == 2)
        #expect(e.column == 5)
        #expect(e.message == "'(' was never closed")
        let text = "x = 1\nif x >\n    pass\n"
        let e2 = try #require(compileError(text))
        #expect(e2.line == 2)
        #expect(e2.column == 7)
        #expect(e2.sourceLine == "if x >")
        #expect(e2.description.contains("    if x >\n          ^\nSyntaxError: invalid syntax"))
    }

    @Test(
        "indentation and string errors",
        arguments: [
            ("if True:\npass\n", "expected an indented block", 2),
            ("x = 1\n  y = 2\n", "unexpected indent", 2),
            ("if True:\n    x = 1\n  y = 2\n", "unindent does not match any outer indentation level", 3),
            ("s = 'abc\n", "unterminated string literal (detected at line 1)", 1),
            ("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1),
            ("f(a=1, 2)\n", "positional argument follows keyword argument", 1),
            ("return 5\n", "'return' outside function", 1),
            ("break\n", "'break' outside loop", 1),
            ("def f(a=1, b):\n    pass\n", "non-default argument follows default argument", 1),
            ("x = [1, 2\n", "'[' was never closed", 1),
        ])
    func structuralErrors(_ source: String, _ message: String, _ line: Int) throws {
        let e = try #require(compileError(source))
        #expect(e.message == message)
        #expect(e.line == line)
    }

    @Test(
        "unsupported constructs are compile errors that name the construct",
        arguments: [
            ("class A:\n    pass\n", "'class'"),
            ("def g():\n    yield 1\n", "'yield'"),
            ("with x as y:\n    pass\n", "'with'"),
            ("@dec\ndef f():\n    pass\n", "decorators"),
            ("import os\n", "'os'"),
            ("from subprocess import run\n", "'subprocess'"),
            ("x = eval('1')\n", "'eval'"),
            ("open('/etc/passwd')\n", "'open'"),
            ("exec('x=1')\n", "'exec'"),
            ("g = globals()\n", "'globals'"),
            ("x = ().__class__\n", "'__class__'"),
            ("async def f():\n    pass\n", "'async'"),
        ])
    func unsupported(_ source: String, _ named: String) throws {
        let e = try #require(compileError(source))
        #expect(e.message.contains(named), "message was: \(e.message)")
    }

    @Test("runtime errors carry type, message and a traceback of script lines")
    func traceback() throws {
        let src = """
            def inner(d):
                return d["missing"]

            def outer():
                return inner({})

            def dw_process(msg):
                return outer()
            """
        let outcome = try Script.compile(src).run()
        guard case .failure(.runtime(let e)) = outcome.result else {
            Issue.record("expected a runtime error")
            return
        }
        #expect(e.type == "KeyError")
        #expect(e.message == "'missing'")
        #expect(e.traceback.map(\.function) == ["dw_process", "outer", "inner"])
        #expect(e.traceback.map(\.line) == [8, 5, 2])
        #expect(e.description.hasSuffix("KeyError: 'missing'"))
    }

    @Test(
        "every builtin exception type is raised by the operation that raises it in CPython",
        arguments: [
            ("1/0", "ZeroDivisionError", "division by zero"),
            ("[][3]", "IndexError", "list index out of range"),
            ("{}['k']", "KeyError", "'k'"),
            ("int('x')", "ValueError", "invalid literal for int() with base 10: 'x'"),
            ("None + 1", "TypeError", "unsupported operand type(s) for +: 'NoneType' and 'int'"),
            ("'a' + 1", "TypeError", "can only concatenate str (not \"int\") to str"),
            ("undefined_name", "NameError", "name 'undefined_name' is not defined"),
            ("(1).nope", "AttributeError", "'int' object has no attribute 'nope'"),
            ("next(iter([]))", "StopIteration", ""),
            ("float('inf') // 0", "ZeroDivisionError", "float floor division by zero"),
            ("int(float('inf'))", "OverflowError", "cannot convert float infinity to integer"),
            ("b'\\xff'.decode()", "UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
            ("json.loads('{')", "JSONDecodeError", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ])
    func builtinExceptions(_ expr: String, _ type: String, _ message: String) throws {
        let outcome = try Script.compile("x = \(expr)\n").run()
        guard case .failure(.runtime(let e)) = outcome.result else {
            Issue.record("expected \(type) from \(expr)")
            return
        }
        #expect(e.type == type)
        #expect(e.message == message)
    }

    @Test("raised exceptions of every spec type are caught by their base classes")
    func hierarchy() {
        let log = output(
            of: """
                pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
                         (IndexError, LookupError), (UnicodeError, ValueError), (RecursionError, RuntimeError),
                         (NotImplementedError, RuntimeError), (AssertionError, Exception), (StopIteration, Exception),
                         (TypeError, Exception), (AttributeError, Exception), (NameError, Exception), (ValueError, Exception)]
                for sub, base in pairs:
                    try:
                        raise sub("boom")
                    except base as e:
                        print(repr(e), isinstance(e, base), str(e))
                try:
                    assert 1 == 2, "nope"
                except AssertionError as e:
                    print("assert", e.args)
                try:
                    try:
                        raise ValueError("inner")
                    except ValueError as e:
                        raise RuntimeError("outer") from e
                except RuntimeError as e:
                    print(repr(e))
                """)
        #expect(log.contains("ZeroDivisionError('boom') True boom"))
        #expect(log.contains("NotImplementedError('boom') True boom"))
        #expect(log.contains("assert ('nope',)"))
        #expect(log.contains("RuntimeError('outer')"))
        #expect(log.split(separator: "\n").count == 15)
    }
}
