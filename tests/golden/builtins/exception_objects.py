# Exception objects: args, str, repr, custom classes, attributes.
e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, repr(err), err.code, err.args, isinstance(err, Exception))
class Plain(Exception):
    pass
print(repr(Plain("x", 1)), str(Plain()), Plain.__mro__[1].__name__)
try:
    raise Plain("with note")
except Plain as err:
    err.add_note("a note")
    print(err.__notes__)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err))
print(StopIteration(5).value, SystemExit(3).code, KeyError().args)
