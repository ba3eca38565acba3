# help() on builtin types: the full class page from the type's own namespace, with its
# signature, docstring, MRO, built-in subclasses and every method and attribute by kind.
help(int)
help(str)
help(dict)
help(range)
help(slice)
help(frozenset)
help(float)
