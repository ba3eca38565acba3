# A metaclass's __instancecheck__/__subclasscheck__ decide isinstance/issubclass; a dunder
# assigned after class creation is used; type.__call__ and object.__subclasshook__ exist.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__)
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__)
        return True
class Anything(metaclass=Meta):
    pass
print(isinstance(1, Anything), issubclass(int, Anything))
class Foo:
    def __str__(self):
        return "Foo str"
Foo.__repr__ = Foo.__str__
print(repr(Foo()), [Foo()])
print(type.__call__(int, "5"), object.__subclasshook__(int))
print(isinstance(1, (str, Anything)), issubclass(int, (Anything,)), isinstance(1, int))
class Picky(metaclass=Meta):
    pass
class Plain:
    pass
print(isinstance(Plain(), Plain), issubclass(Plain, object))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type.__call__(Plain).__class__.__name__, type.__call__(dict, a=1))
