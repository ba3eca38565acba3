# with: __enter__/__exit__ order, several items, and the as-target.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with CM("a") as x:
    print("body", x)
with CM("one") as p, CM("two") as q:
    print("body", p, q)
with (CM("x") as r,
      CM("y")):
    print("parenthesised", r)
try:
    with CM("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
def early():
    with CM("ret"):
        return "returned"
print(early())
