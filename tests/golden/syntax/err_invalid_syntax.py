# Two operands without an operator between them.
x = 1
y = x x
print(y)
