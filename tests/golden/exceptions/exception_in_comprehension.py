# An uncaught exception inside a list comprehension and a lambda.
values = [4, 2, 0, 1]
inverse = lambda x: 1 / x
print([inverse(v) for v in values])
