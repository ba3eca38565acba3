# format() specs for ints, floats, strings and None, %-formatting and nested f-string specs.
def t(spec, v):
    try: print(repr(spec), repr(format(v, spec)))
    except Exception as e: print(repr(spec), type(e).__name__, e)
for spec, v in [('+d', 5), (' d', 5), ('x', 255), ('#X', 255), ('#o', 8), ('#b', 5), ('e', 12345.678), ('.3g', 0.0001234),
  ('%', 0.25), ('.1%', 0.12345), ('>10', 'ab'), ('^9', 'ab'), ('*^9', 'ab'), ('_x', 2**32), (',', 10**7), ('.2f', -0.0),
  ('g', 1e16), ('n', 1234), ('.0f', 2.5), ('.0f', 3.5), ('', 1e300*1e300), ('f', float('nan')), ('=+8', 42), ('08.3f', -1.5),
  ('c', 0x263A), ('d', 'x'), ('s', 5), ('.2s', 'abc'), ('x', 1.5), ('.3', 'abcdef'), ('#.0f', 1.0),
  ('10.4e', 1/3), ('-^10', -5), ('<+05', 3), ('#g', 1.0), ('', None), ('>5', None)]:
    t(spec, v)
print('%5.2f|%-5d|%+d|%x|%o|%e|%s|%r|%c|%%' % (3.14159, 7, 3, 255, 8, 1000.0, 'hi', 'hi', 65))
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 5})
try: print('%d' % 'x')
except TypeError as e: print('TypeError', e)
try: print('%s %s' % (1,))
except TypeError as e: print('TypeError', e)
try: print('%s' % (1, 2))
except TypeError as e: print('TypeError', e)
print(f'{3.0:{"+"}{8}.{2}f}', f'{"x"!r:>6}', f'{10:#x}', f'{1e-7}', f'{1e22}', f'{123456789.0}')
print(format(True, 'd'), format(True, ''), f'{True:>6}', format(3, ''), format(1.0, ''), format(1e16, ''))
print(format(1234567.891, ',.2f'), format(-0.5, '+.0f'), format(float('inf'), '08.2f'), format(12, 'b'), format(-12, '#x'))
class BadFmt:
    def __format__(self, s): return 5
try: format(BadFmt())
except TypeError as e: print('TypeError', e)
