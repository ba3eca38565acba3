# return/break/continue interacting with finally.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
