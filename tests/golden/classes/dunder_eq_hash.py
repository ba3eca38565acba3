# __eq__ and __hash__: equality, hashability, dict/set membership.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in {Key(1), Key(2)}, len({Key(3), Key(3)}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a = Default()
print(a == a, a == Default(), a != Default(), hash(a) == hash(a))
class NotEq:
    def __eq__(self, other):
        return NotImplemented
print(NotEq() == NotEq(), NotEq() != 1)
