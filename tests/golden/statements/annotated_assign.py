# Annotated assignments at module level (PEP 649 lazy annotations in 3.14).
import sys
x: int = 5
y: str
z: list[int] = [1, 2]
print(x, z)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
module = sys.modules[__name__]
print(module.__annotations__)
def f(a: int, b: str = "s") -> bool:
    return True
print(f.__annotations__)
def g():
    local: int = 3
    return local
print(g(), g.__annotations__)
