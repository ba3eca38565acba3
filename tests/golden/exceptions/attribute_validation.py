e = ValueError()
for s in ['e.__cause__ = 1', 'e.__context__ = 1', 'e.__traceback__ = 1', 'e.with_traceback(5)', 'e.add_note(1)']:
    try: exec(s); print('ok', s)
    except TypeError as x: print(x)
e.__notes__ = 'x'
try: e.add_note('y')
except TypeError as x: print(x)
e.__cause__ = KeyError(); print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None; print(e.__cause__, e.__suppress_context__)
print(e.with_traceback(None) is e)
