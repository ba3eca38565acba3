# A function body that is not indented.
def f():
return 1
