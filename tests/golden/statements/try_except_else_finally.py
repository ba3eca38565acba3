# try / except / else / finally flow.
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except ZeroDivisionError")
        return "error"
    except (TypeError, ValueError) as e:
        print("except tuple:", type(e).__name__)
        return "bad type"
    else:
        print("else")
        return r
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
print(attempt("s"))
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("caught", repr(e))
try:
    raise ValueError("v")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    pass
except Exception:
    print("no")
else:
    print("no exception, else runs")
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
