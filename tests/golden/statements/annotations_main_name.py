# In 3.14 `__annotations__` is not a name in the module's namespace.
x: int = 1
try:
    print(__annotations__)
except NameError as e:
    print("NameError:", e)
print("__annotate__" in globals())
