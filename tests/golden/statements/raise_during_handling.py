# An exception raised while handling another: implicit chaining traceback.
data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    value = undefined_name
print(value)
