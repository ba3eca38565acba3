# __del__ runs at the exact point the last reference goes away (del, rebinding, scope exit).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
x = Noisy("x")
print("before del x")
del x
print("after del x")
y = Noisy("y1")
print("rebinding y")
y = Noisy("y2")
print("after rebinding")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
Noisy("temporary")
print("after temporary")
z = Noisy("z")
alias = z
del z
print("alias still alive")
alias = None
print("end")
