# sys.version_info and other stable sys attributes (not sys.maxsize: the
# reference CPython is a 32-bit build).
import sys
print(sys.version_info[:2], sys.version_info[:2] == (3, 14), sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 10), type(sys.version).__name__)
print(sys.maxsize >= 2 ** 31 - 1, isinstance(sys.maxsize, int))
print(sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.default_max_str_digits)
