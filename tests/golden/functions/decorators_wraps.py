# functools.wraps copies the wrapped function's metadata.
import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2))
print(add.__name__, add.__doc__, add.__qualname__)
print(add.__wrapped__.__name__, add.__wrapped__(5))
