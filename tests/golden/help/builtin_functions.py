# help() on builtin functions: the signature from __text_signature__ (or "(...)" when the
# function has none) and the docstring.
import math

help(len)
help(print)
help(iter)
help(abs)
help(isinstance)
help(sorted)
help(divmod)
help(getattr)
help(math.sqrt)
help(math.gcd)
help(math.isclose)
