# An uncaught exception raised inside a generator, through a for loop.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")

for n in numbers():
    print(n)
