# WeakKeyDictionary keeps the original key object when an equal key is stored again.
import weakref
class Key:
    def __init__(self, name, tag):
        self.name, self.tag = name, tag
    def __eq__(self, other):
        return self.name == other.name
    def __hash__(self):
        return hash(self.name)
d = weakref.WeakKeyDictionary()
first = Key("k", "first")
second = Key("k", "second")
d[first] = 1
d[second] = 2
print(len(d), [(k.tag, v) for k, v in d.items()])
print(d[second], second in d)
del second
print("after del second:", len(d))
del first
print("after del first:", len(d))
