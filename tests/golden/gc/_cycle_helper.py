# Imported afresh by gc/cycle_through_* cases: a module (and a globals dict) that can become garbage.
def f():
    pass
