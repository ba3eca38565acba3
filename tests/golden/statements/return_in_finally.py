# A return inside finally overrides the try's return and swallows exceptions
# (and 3.14 warns about it at compile time, PEP 765).
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(override())
print(swallow())
