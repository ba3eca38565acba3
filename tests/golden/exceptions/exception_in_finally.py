# An exception raised in finally replaces the one in flight (which becomes its context).
def cleanup():
    try:
        raise KeyError("original")
    finally:
        raise OSError("cleanup failed")

cleanup()
