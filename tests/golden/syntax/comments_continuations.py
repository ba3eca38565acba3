# Comments, backslash continuations and implicit continuation in brackets.
x = 1 + \
    2 + \
    3  # trailing comment
print(x)  # another comment
total = (1 +
         2 +   # comment inside brackets
         3)
print(total)
values = [
    1,
    2,  # comment
    3,
]
print(values)
d = {
    "a": 1,
    # a comment line inside a display
    "b": 2,
}
print(d)
if (x > 1 and
        total > 1):
    print("both")
def f(a,
      b):
    return a + b
print(f(1,
        2))
# Semicolons separate simple statements.
a = 1; b = 2; print(a + b)
if a: print("one-line if")
s = "# not a comment"
print(s)
