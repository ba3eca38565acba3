# Locals are freed when a function returns; the return value survives.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def work():
    first = Tracked("local first")
    second = Tracked("local second")
    result = Tracked("returned")
    print("returning")
    return result
r = work()
print("got", r.name)
del r
def loop():
    for i in range(3):
        t = Tracked(f"loop {i}")
    print("loop finished")
loop()
print("after loop()")
