print(list.append.__doc__)
print(list.append.__text_signature__)
print([].append.__doc__, [].append.__text_signature__)
print(len.__doc__, len.__text_signature__)
print(int.__doc__)
print(ValueError.__doc__)
print(int.__add__.__doc__, int.__add__.__text_signature__, (1).__add__.__text_signature__)
print(int.real.__doc__, int.__dict__['real'].__doc__)
print(dict.fromkeys.__doc__, dict.fromkeys.__text_signature__)
print(int.__new__.__doc__, int.__new__.__text_signature__)
print(repr(str.maketrans)[:35], str.maketrans('a', 'b'), ''.maketrans({'a': 'c'}))
print(True.bit_length.__doc__)
import math, sys, gc, time
print(math.sqrt.__doc__, math.sqrt.__text_signature__, math.sqrt.__module__)
print(sys.getrefcount.__doc__)
print(gc.collect.__text_signature__, gc.collect.__module__)
print(time.time.__doc__)
class C:
    pass
print(C.__doc__)
class D(list):
    "mine"
print(D.__doc__, D.append.__doc__)
class E(ValueError): pass
print(E.__doc__)
print(object.__init__.__doc__, object().__init__.__doc__)
print(type.__doc__)
print(print.__text_signature__)
print(object.__doc__, object.__text_signature__ if hasattr(object, '__text_signature__') else '-')
print(range.__doc__)
print(dict.get.__doc__)
print(str.join.__doc__)
