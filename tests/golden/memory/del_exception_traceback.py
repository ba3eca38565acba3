# A caught exception's traceback keeps the raising frame's locals alive until
# the handler ends (the `as` name is deleted at the end of the except block).
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def fail():
    obj = Tracked("frame local")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("in handler:", e)
print("after handler")
try:
    fail()
except ValueError:
    print("in handler without a name")
print("after second handler")
