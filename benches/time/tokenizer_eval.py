# A small real program: an interpreter for a tiny expression language. Source text
# is generated (from a hand-written linear congruential generator), scanned by a
# hand-written tokenizer, parsed by recursive descent with precedence climbing into
# an AST of node classes, folded (constant subexpressions), and evaluated by a
# tree-walking evaluator with an environment, user functions and error recovery.
# Prints one line, "checksum <value>".

ROUNDS = 66
STATEMENTS = 400


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


# ---------------------------------------------------------------- source text

BINARY = ["+", "-", "*", "//", "%", "<", "==", "max", "min"]


def gen_expr(rng, depth, names):
    k = rng.below(10 if depth > 0 else 4)
    if k <= 1:
        return str(rng.below(1000))
    if k <= 3:
        return names[rng.below(len(names))]
    if k == 4:
        return "-" + gen_expr(rng, depth - 1, names)
    if k == 5:
        return "(" + gen_expr(rng, depth - 1, names) + ")"
    if k == 6:
        return "sq(" + gen_expr(rng, depth - 1, names) + ")"
    op = BINARY[rng.below(len(BINARY))]
    left = gen_expr(rng, depth - 1, names)
    right = gen_expr(rng, depth - 1, names)
    if op in ("max", "min"):
        return f"{op}({left}, {right})"
    return f"{left} {op} {right}"


def gen_program(rng, n):
    names = ["a", "b", "c", "total", "x1", "y_2", "zeta"]
    lines = ["a = 1", "b = 2", "c = 3", "total = 0", "x1 = 10", "y_2 = 20", "zeta = 30",
             "def sq(v) = v * v % 10007"]
    for i in range(n):
        target = names[rng.below(len(names))]
        expr = gen_expr(rng, 4, names)
        if i % 9 == 0:
            lines.append(f"print {expr}   # line {i}")
        else:
            lines.append(f"{target} = {expr}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ tokenizer

class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line


KEYWORDS = {"print", "def"}
TWO_CHAR = {"//", "==", "<="}
ONE_CHAR = set("+-*%<=(),")


class ScanError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    line = 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            tokens.append(Token("NEWLINE", ch, line))
            line += 1
            i += 1
        elif ch == " " or ch == "\t":
            i += 1
        elif ch == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            tokens.append(Token("NUM", src[start:i], line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(Token(word if word in KEYWORDS else "NAME", word, line))
        elif src[i:i + 2] in TWO_CHAR:
            tokens.append(Token(src[i:i + 2], src[i:i + 2], line))
            i += 2
        elif ch in ONE_CHAR:
            tokens.append(Token(ch, ch, line))
            i += 1
        else:
            raise ScanError(f"bad character {ch!r} on line {line}")
    tokens.append(Token("EOF", "", line))
    return tokens


# --------------------------------------------------------------------- parser

class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.lookup(self.name)


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


class EvalError(Exception):
    pass


def floordiv(a, b):
    if b == 0:
        raise EvalError("division by zero")
    return a // b


def modulo(a, b):
    if b == 0:
        raise EvalError("modulo by zero")
    return a % b


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: (a * b) % 1000000007,
    "//": floordiv,
    "%": modulo,
    "<": lambda a, b: int(a < b),
    "==": lambda a, b: int(a == b),
}

PRECEDENCE = {"==": 1, "<": 1, "+": 2, "-": 2, "*": 3, "//": 3, "%": 3}


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.fn = OPS[op]
        self.left = left
        self.right = right

    def eval(self, env):
        return self.fn(self.left.eval(env), self.right.eval(env))


class Call(Node):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        values = [a.eval(env) for a in self.args]
        return env.call(self.name, values)


class Assign(Node):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr


class Print(Node):
    def __init__(self, expr):
        self.expr = expr


class FuncDef(Node):
    def __init__(self, name, params, body):
        self.name = name
        self.params = params
        self.body = body


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos].kind

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.advance()
        if tok.kind != kind:
            raise ParseError(f"line {tok.line}: expected {kind}, got {tok.kind}")
        return tok

    def program(self):
        stmts = []
        while self.peek() != "EOF":
            if self.peek() == "NEWLINE":
                self.advance()
                continue
            stmts.append(self.statement())
        return stmts

    def statement(self):
        kind = self.peek()
        if kind == "print":
            self.advance()
            node = Print(self.expression(0))
        elif kind == "def":
            self.advance()
            name = self.expect("NAME").text
            self.expect("(")
            params = [self.expect("NAME").text]
            while self.peek() == ",":
                self.advance()
                params.append(self.expect("NAME").text)
            self.expect(")")
            self.expect("=")
            node = FuncDef(name, params, self.expression(0))
        else:
            name = self.expect("NAME").text
            self.expect("=")
            node = Assign(name, self.expression(0))
        self.expect("NEWLINE")
        return node

    def expression(self, min_prec):
        left = self.unary()
        while True:
            op = self.peek()
            prec = PRECEDENCE.get(op, 0)
            if prec == 0 or prec <= min_prec:
                return left
            self.advance()
            left = BinOp(op, left, self.expression(prec))

    def unary(self):
        if self.peek() == "-":
            self.advance()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        tok = self.advance()
        if tok.kind == "NUM":
            return Num(int(tok.text))
        if tok.kind == "NAME":
            if self.peek() == "(":
                self.advance()
                args = [self.expression(0)]
                while self.peek() == ",":
                    self.advance()
                    args.append(self.expression(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.kind == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise ParseError(f"line {tok.line}: unexpected {tok.kind}")


# ---------------------------------------------------------- folding, evaluation

def fold(node):
    """Replaces constant subexpressions by their value; returns (node, folded count)."""
    if isinstance(node, BinOp):
        left, nl = fold(node.left)
        right, nr = fold(node.right)
        node.left, node.right = left, right
        if isinstance(left, Num) and isinstance(right, Num):
            try:
                return Num(node.fn(left.value, right.value)), nl + nr + 1
            except EvalError:
                pass
        return node, nl + nr
    if isinstance(node, Neg):
        operand, n = fold(node.operand)
        if isinstance(operand, Num):
            return Num(-operand.value), n + 1
        node.operand = operand
        return node, n
    if isinstance(node, Call):
        count = 0
        for i, arg in enumerate(node.args):
            node.args[i], n = fold(arg)
            count += n
        return node, count
    return node, 0


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
        self.functions = parent.functions if parent else {}

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise EvalError(f"undefined {name}")

    def call(self, name, values):
        if name == "max":
            return max(values)
        if name == "min":
            return min(values)
        fn = self.functions[name]
        local = Env(self)
        for param, value in zip(fn.params, values):
            local.vars[param] = value
        return fn.body.eval(local)


def run(stmts):
    env = Env()
    out = []
    errors = 0
    for stmt in stmts:
        try:
            if isinstance(stmt, Assign):
                env.vars[stmt.name] = stmt.expr.eval(env) % 1000000007
            elif isinstance(stmt, Print):
                out.append(str(stmt.expr.eval(env)))
            else:
                env.functions[stmt.name] = stmt
        except EvalError:
            errors += 1
    return out, errors, env


def main():
    checksum = 0
    for r in range(ROUNDS):
        rng = Lcg(r + 1)
        src = gen_program(rng, STATEMENTS)
        for rep in range(6):
            tokens = tokenize(src)
            stmts = Parser(tokens).program()
            folded = 0
            if rep % 2:
                for stmt in stmts:
                    if not isinstance(stmt, FuncDef):
                        stmt.expr, n = fold(stmt.expr)
                        folded += n
            out, errors, env = run(stmts)
            h = len(tokens) * 31 + len(stmts) + folded * 7 + errors * 1009
            for text in out:
                for ch in text:
                    h = (h * 33 + ord(ch)) & 0xFFFFFFFF
            for name in sorted(env.vars):
                h = (h * 37 + env.vars[name]) % 1000000007
            checksum = (checksum * 1000003 + h) % (1 << 61)
    print("checksum", checksum)


main()
