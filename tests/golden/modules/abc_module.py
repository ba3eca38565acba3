# abc: abstract methods stop instantiation; register() makes virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods, get_cache_token
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Half.__abstractmethods__))


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))


# abstract properties, classmethods and staticmethods
class Config(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


print(sorted(Config.__abstractmethods__))


class Real(Config):
    name = "real"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def version():
        return 2


print(Real.make().name, Real.version())


# virtual subclasses
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))


class Drawable(ABC):
    pass


token = get_cache_token()
print(isinstance(1, Drawable))
Drawable.register(int)
print(get_cache_token() > token, isinstance(1, Drawable), issubclass(bool, Drawable))
print(Drawable.register(float) is float, isinstance(1.5, Drawable))


@Drawable.register
class Pen:
    pass


print(isinstance(Pen(), Drawable), Drawable not in Pen.__mro__)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Pen.register
except AttributeError as e:
    print("AttributeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)


class Sub(Drawable):
    pass


try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)


# update_abstractmethods after implementing a method later
class Late(ABC):
    @abstractmethod
    def run(self):
        ...


class LateImpl(Late):
    pass


LateImpl.run = lambda self: "ran"
try:
    LateImpl()
except TypeError as e:
    print("TypeError:", e)
update_abstractmethods(LateImpl)
print(LateImpl().run(), update_abstractmethods(int) is int)

# ABC itself
print(ABC.__slots__, abc.ABC.__abstractmethods__, ABC() is not None)
print(abc.abstractproperty.__isabstractmethod__, abstractmethod(lambda: 0).__isabstractmethod__)


class Old(ABC):
    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
