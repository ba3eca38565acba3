# An uncaught ValueError raised from a nested function call.
def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age

def load(records):
    return [parse_age(r) for r in records]

print(load(["1", "2"]))
print(load(["3", "-4"]))
