# The types module names the interpreter's own types and builds classes dynamically.
import types
import sys


def f():
    pass


class C:
    __slots__ = ("x",)

    def m(self):
        pass


checks = [
    (types.FunctionType, f), (types.LambdaType, lambda: 0), (types.CodeType, f.__code__),
    (types.MappingProxyType, C.__dict__), (types.GeneratorType, (i for i in "")),
    (types.MethodType, C().m), (types.BuiltinFunctionType, len),
    (types.BuiltinMethodType, [].append), (types.WrapperDescriptorType, object.__init__),
    (types.MethodWrapperType, object().__str__), (types.MethodDescriptorType, str.join),
    (types.ClassMethodDescriptorType, dict.__dict__["fromkeys"]),
    (types.ModuleType, sys), (types.GetSetDescriptorType, type(f).__code__),
    (types.MemberDescriptorType, C.x), (types.GenericAlias, list[int]),
    (types.UnionType, int | str), (types.EllipsisType, ...), (types.NoneType, None),
    (types.NotImplementedType, NotImplemented),
]
for t, v in checks:
    print(t.__name__, type(v) is t)
print(types.NoneType() is None, types.EllipsisType() is ...)

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [ns]
print(ns)
print(types.SimpleNamespace({"x": 1}, y=2))
print(types.SimpleNamespace([("x", 1)]))
print(ns == types.SimpleNamespace(b=2, a=1, c=[ns]), ns != types.SimpleNamespace())
print(type(ns).__hash__)
try:
    types.SimpleNamespace({1: 2})
except TypeError as e:
    print("TypeError:", e)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2))
print(vars(types.SimpleNamespace(q=1)))
print(types.SimpleNamespace(a=1).__reduce__())

# Dynamic class creation
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["z"] = 9


D = types.new_class("D", (object,), exec_body=body)
print(D.__name__, D().greet(), D.z)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"from_prepare": True}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


E = types.new_class("E", (), {"metaclass": Meta, "flag": 1})
print(type(E).__name__, E.from_prepare)
print(types.prepare_class("F", (E,))[0].__name__)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


G = types.new_class("G", (Entry(),))
print(G.__bases__, type(types.get_original_bases(G)[0]).__name__)
print(types.resolve_bases((int, Entry())))
print(types.get_original_bases(int))
try:
    types.get_original_bases(1)
except TypeError as e:
    print("TypeError:", e)


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("H", (M1("A", (), {}), M2("B", (), {})))
except TypeError as e:
    print("TypeError:", e)


class Dyn:
    def __getattr__(self, name):
        return "from __getattr__: " + name

    @types.DynamicClassAttribute
    def value(self):
        return "instance value"


print(Dyn().value)
try:
    Dyn.value
except AttributeError as e:
    print("AttributeError", repr(e))
print(Dyn.__dict__["value"].__doc__)
