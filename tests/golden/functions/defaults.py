# Default argument values: evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
def append(item, target=[]):
    target.append(item)
    return target
print(append(1), append(2), append(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot())
print(greet.__defaults__, append.__defaults__)
