# Helper module imported by the modules/ golden scripts (not a case itself:
# names starting with '_' are skipped by the harness and golden-tool).
print("executing _helper_mod, __name__ =", __name__)
GREETING = "hello from _helper_mod"
counter = 0

def add(a, b):
    return a + b

def bump():
    global counter
    counter += 1
    return counter

class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Widget({self.name!r})"

_private = "underscore names are not exported by *"
__all__ = ["GREETING", "add", "Widget"]
