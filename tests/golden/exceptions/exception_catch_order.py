# Handlers are tried in order; the first matching one wins, including base classes.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except (TypeError, ValueError) as e:
        return f"tuple handler ({type(e).__name__})"
    except Exception as e:
        return f"Exception handler ({type(e).__name__})"
for exc in [KeyError("k"), IndexError(1), ValueError(), UnicodeError(), ZeroDivisionError(), TypeError]:
    print(classify(exc))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
