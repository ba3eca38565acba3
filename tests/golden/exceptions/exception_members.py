# oracle: native
# OSError's errno -> subclass map uses the platform's errno numbers (Linux here), so the
# expected output comes from native CPython 3.14.
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e, e.encoding, e.object, e.start, e.end, e.reason, e.args)
try: b'\xff'.decode()
except UnicodeDecodeError as e2: print(e2, e2.start, e2.reason)
u = UnicodeEncodeError('ascii', 'é', 0, 1, 'nope'); print(u, u.object)
t = UnicodeTranslateError('é', 0, 1, 'bad'); print(t, t.encoding)
try: UnicodeDecodeError('x')
except TypeError as e3: print(e3)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit(5).code)
o = OSError(2, 'No such file', 'a.txt', None, 'b.txt'); print(o, o.filename2, type(o).__name__)
print(type(OSError(13, 'denied')).__name__, type(OSError(17, 'x')).__name__, type(OSError('plain')).__name__)
try: o.characters_written
except AttributeError as e4: print(e4)
b = BlockingIOError(11, 'x', 5); print(b.characters_written)
ie = ImportError('msg', name='n', path='p'); print(str(ie), ie.__reduce__())
print(OSError(2, 'x').__reduce__(), ValueError.__new__(ValueError, 1).args)
ae = AttributeError('a', name='n', obj=1); print(ae.__reduce__()[:2], ae.__getstate__())
