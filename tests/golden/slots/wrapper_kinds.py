# Which builtin dunders are slot wrappers (wrapper_descriptor, bound: method-wrapper) and
# which are plain methods (method_descriptor, bound: builtin_function_or_method).
for x in (object.__init__, list.__init__, dict.__init__, set.__init__, type.__init__,
          BaseException.__init__, ValueError.__init__, StopIteration.__init__,
          int.__index__, int.__int__, float.__float__, int.__float__, float.__int__,
          int.__bool__, int.__trunc__, float.__trunc__, float.__round__, int.__round__,
          int.__format__, object.__format__, object.__dir__, object.__sizeof__,
          int.__getnewargs__, type.__call__, type.mro, type.__subclasses__,
          type.__instancecheck__):
    sig = x.__text_signature__ if type(x).__name__ == "wrapper_descriptor" else ""
    print(x.__qualname__, type(x).__name__, sig)
print(type((5).__index__).__name__, type([].__init__).__name__, (5).__index__())
print(object.__init__, int.__index__)
class C:
    def __init__(self, v):
        self.v = v
c = C(1)
object.__init__(c)
list.__init__(l := [1, 2], (3,))
print(l, int.__int__(True), float.__int__(2.7), int.__float__(3))
try:
    int.__index__('x')
except TypeError as e:
    print(e)
