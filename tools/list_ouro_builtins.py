"""List the builtin functions, types and type attributes an interpreter exposes.

Run under ouro to (re)write the list that tools/gen_builtin_docs.py reads:

    cargo build && target/debug/ouro tools/list_ouro_builtins.py > tools/builtin_docs_names.txt

Each output line is `module<TAB>NAME<TAB>FUNC` (a function of a native module),
`type<TAB>TYPE<TAB>` (a type's own docstring) or `type<TAB>TYPE<TAB>ATTR` (an entry of
`TYPE.__dict__`); TYPE is the type's `__name__`.

tools/gen_builtin_docs.py imports `reachable()` from here and runs it under CPython, so a
type name in the list resolves to the type reached the same way there.
"""

import sys

# Modules ouro implements in Rust (crates/vm/src/modules). Modules ouro embeds as Python
# source (functools, operator, weakref, ...) carry their own docstrings.
MODULES = ["builtins", "sys", "gc", "math", "time", "_weakref", "atexit", "traceback", "io", "os"]

# Helpers the ROOTS expressions use; each definition is tried separately.
SETUP = [
    "def _gen():\n    yield 1",
    "def _outer():\n    x = 1\n    def inner():\n        return x\n    return inner",
    "class _C:\n    def m(self):\n        pass",
    "async def _coro():\n    pass",
    "def _closed_coro():\n    c = _coro()\n    c.close()\n    return c",
    "async def _agen():\n    yield 1",
    "try:\n    1 / 0\nexcept ZeroDivisionError as _e:\n    _tb = _e.__traceback__",
]

# Expressions whose value's type (or the value, if it is a type) starts the search.
ROOTS = [
    "None", "NotImplemented", "Ellipsis", "...",
    "_gen", "_gen()", "_outer()", "_outer().__closure__[0]", "_outer().__code__",
    "_C().m", "_C.__dict__", "[].append", "list.append", "(1).__add__", "int.__add__",
    "dict.__dict__['fromkeys']", "int.real", "type.__dict__['__dict__']",
    "_closed_coro()", "_agen()", "_tb", "_tb.tb_frame",
    "{}.keys()", "{}.values()", "{}.items()",
    "iter({})", "iter({}.values())", "iter({}.items())", "reversed({})",
    "reversed({}.values())", "reversed({}.items())",
    "iter([])", "reversed([])", "iter(())", "iter('')", "iter('\u20ac')", "iter(b'')",
    "iter(bytearray())", "iter(set())", "iter(frozenset())", "iter(range(1))",
    "iter(range(2**70))", "iter(lambda: 0, 1)", "iter(_C.__dict__)",
    "enumerate([])", "zip()", "map(len, [])", "filter(None, [])", "reversed(range(1))",
    "memoryview(b'')", "slice(1)", "range(1)", "super(int, 1)", "property()",
    "staticmethod(len)", "classmethod(len)", "sys", "sys.stdout", "sys.stdin",
    "sys.flags", "sys.float_info", "sys.int_info", "sys.hash_info", "sys.version_info",
    "sys.implementation", "sys.thread_info", "open", "print",
]

# The Python classes of site's builtins (help, exit, copyright, ...): they carry their own
# docstrings, as Python classes do.
SITE_MODULE = "_sitebuiltins"

# Names under which reachable() met two different types (the first one is kept).
COLLISIONS = []

PRIMITIVE = (str, bytes, int, float, bool, tuple, list, dict, frozenset, set)


def _names(obj):
    try:
        return list(obj.__dict__.keys())
    except Exception:
        return []


def _is_entry(value):
    """Whether a type-dict or module value has a docstring of its own (not its type's)."""
    if value is None or isinstance(value, PRIMITIVE):
        return False
    if isinstance(value, type) or callable(value):
        return True
    try:
        return hasattr(type(value), "__get__")
    except Exception:
        return False


def reachable():
    """(modules, types): {module name: module} and {type __name__: type} for what is
    reachable from builtins, MODULES, ROOTS and, transitively, types' bases and
    `__dict__` values. The first type reached under a name wins."""
    ns = {"sys": sys}
    for src in SETUP:
        try:
            exec(src, ns)
        except BaseException:
            pass
    modules = {}
    for name in MODULES:
        try:
            modules[name] = __import__(name)
        except BaseException:
            pass
    types = {}
    todo = []

    def add(t):
        if isinstance(t, type):
            try:
                name = t.__name__
                if t.__module__ == SITE_MODULE:
                    return
            except Exception:
                return
            if name not in types:
                types[name] = t
                todo.append(t)
            elif types[name] is not t:
                COLLISIONS.append(name)

    for name in MODULES:
        if name not in modules:
            continue
        module = modules[name]
        add(type(module))
        for attr in sorted(_names(module)):
            try:
                value = getattr(module, attr)
            except BaseException:
                continue
            add(value if isinstance(value, type) else type(value))
    for src in ROOTS:
        try:
            value = eval(src, ns)
        except BaseException:
            continue
        add(value if isinstance(value, type) else type(value))
    while todo:
        t = todo.pop(0)
        add(type(t))
        try:
            mro = list(t.__mro__)
        except Exception:
            mro = []
        for base in mro:
            add(base)
        d = None
        try:
            d = t.__dict__
        except Exception:
            pass
        if d is None:
            continue
        for attr in sorted(_names(t)):
            try:
                value = d[attr]
            except BaseException:
                continue
            add(value if isinstance(value, type) else type(value))
    return modules, types


def entries():
    """The sorted (kind, owner, name) triples this interpreter exposes."""
    modules, types = reachable()
    out = set()
    for mname, module in modules.items():
        for attr in _names(module):
            try:
                value = getattr(module, attr)
            except BaseException:
                continue
            if isinstance(value, type) or not callable(value):
                continue
            if type(value).__module__ == SITE_MODULE:
                continue
            out.add(("module", mname, attr))
    for tname, t in types.items():
        out.add(("type", tname, ""))
        for attr in _names(t):
            out.add(("type", tname, attr))
    return sorted(out)


if __name__ == "__main__":
    for kind, owner, name in entries():
        print(kind + "\t" + owner + "\t" + name)
