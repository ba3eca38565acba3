# Function decorators: plain, stacked, with arguments, at definition time.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
def exclaim(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "!"
    wrapper.__name__ = func.__name__
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
@exclaim
@shout
def bye(name):
    """Say bye."""
    return "bye " + name
print(bye("moon"), bye.__name__)
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def ping():
    return "ping"
print(ping())
calls = []
def register(func):
    calls.append(func.__name__)
    return func
@register
def a(): pass
@register
def b(): pass
print(calls)
def trace(func):
    print("decorating", func.__name__)
    return func
@trace
def traced():
    return 1
print(traced())
