# An f-string replacement field without an expression.
x = 1
print(f"value: {}")
