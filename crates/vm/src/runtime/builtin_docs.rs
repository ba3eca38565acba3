//! CPython 3.14.2's docstrings and text signatures for the builtins ouro has.
//!
//! GENERATED FILE, DO NOT EDIT BY HAND. Regenerate from the repository root with
//! `/work/shared/tools/cpython314 tools/gen_builtin_docs.py > crates/vm/src/runtime/builtin_docs.rs`
//! (CPython 3.14.2; names from tools/builtin_docs_names.txt, written by
//! tools/list_ouro_builtins.py run under ouro).
//!
//! Owners are a type's `__name__` (name "" is the type's own docstring, other names are
//! entries of its own `__dict__`) or a module's name for its functions ("builtins",
//! "math", ...).

/// (owner, name, doc, text signature), sorted by (owner, name).
#[rustfmt::skip]
pub(crate) static DOCS: &[(&str, &str, &str, Option<&str>)] = &[
    ("ArithmeticError", "", r#"Base class for arithmetic errors."#, None),
    ("ArithmeticError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("AssertionError", "", r#"Assertion failed."#, None),
    ("AssertionError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("AttributeError", "", r#"Attribute not found."#, None),
    ("AttributeError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("AttributeError", "name", r#"attribute name"#, None),
    ("AttributeError", "obj", r#"object"#, None),
    ("BaseException", "", r#"Common base class for all exceptions"#, None),
    ("BaseException", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("BaseException", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("BaseException", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("BaseException", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("BaseException", "add_note", r#"Add a note to the exception"#, Some(r#"($self, note, /)"#)),
    ("BaseException", "with_traceback", r#"Set self.__traceback__ to tb and return self."#, Some(r#"($self, tb, /)"#)),
    ("BaseExceptionGroup", "", r#"A combination of multiple unrelated exceptions."#, None),
    ("BlockingIOError", "", r#"I/O operation would block."#, None),
    ("BrokenPipeError", "", r#"Broken pipe."#, None),
    ("BufferError", "", r#"Buffer error."#, None),
    ("BufferError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("BytesWarning", "", r#"Base class for warnings about bytes and buffer related problems, mostly
related to conversion from str or comparing to str."#, None),
    ("BytesWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("CallableProxyType", "__abs__", r#"abs(self)"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("CallableProxyType", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("CallableProxyType", "__delattr__", r#"Implement delattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("CallableProxyType", "__delitem__", r#"Delete self[key]."#, Some(r#"($self, key, /)"#)),
    ("CallableProxyType", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__float__", r#"float(self)"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__floordiv__", r#"Return self//value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("CallableProxyType", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("CallableProxyType", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__index__", r#"Return self converted to an integer, if self is suitable for use as an index into a list."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__int__", r#"int(self)"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__invert__", r#"~self"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__lshift__", r#"Return self<<value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__matmul__", r#"Return self@value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__neg__", r#"-self"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__pos__", r#"+self"#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__pow__", r#"Return pow(self, value, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("CallableProxyType", "__radd__", r#"Return value+self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__rfloordiv__", r#"Return value//self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rpow__", r#"Return pow(value, self, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("CallableProxyType", "__rshift__", r#"Return self>>value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rtruediv__", r#"Return value/self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__setattr__", r#"Implement setattr(self, name, value)."#, Some(r#"($self, name, value, /)"#)),
    ("CallableProxyType", "__setitem__", r#"Set self[key] to value."#, Some(r#"($self, key, value, /)"#)),
    ("CallableProxyType", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("CallableProxyType", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__truediv__", r#"Return self/value."#, Some(r#"($self, value, /)"#)),
    ("CallableProxyType", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("ChildProcessError", "", r#"Child process error."#, None),
    ("ConnectionAbortedError", "", r#"Connection aborted."#, None),
    ("ConnectionError", "", r#"Connection error."#, None),
    ("ConnectionRefusedError", "", r#"Connection refused."#, None),
    ("ConnectionResetError", "", r#"Connection reset."#, None),
    ("DeprecationWarning", "", r#"Base class for warnings about deprecated features."#, None),
    ("DeprecationWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("EOFError", "", r#"Read beyond end of file."#, None),
    ("EOFError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("EncodingWarning", "", r#"Base class for warnings about encodings."#, None),
    ("EncodingWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("Exception", "", r#"Common base class for all non-exit exceptions."#, None),
    ("Exception", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("FileExistsError", "", r#"File already exists."#, None),
    ("FileNotFoundError", "", r#"File not found."#, None),
    ("FloatingPointError", "", r#"Floating-point operation failed."#, None),
    ("FloatingPointError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("FutureWarning", "", r#"Base class for warnings about constructs that will change semantically
in the future."#, None),
    ("FutureWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("GeneratorExit", "", r#"Request that a generator exit."#, None),
    ("GeneratorExit", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ImportError", "", r#"Import can't find module, or can't find name in module."#, None),
    ("ImportError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("ImportError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("ImportError", "msg", r#"exception message"#, None),
    ("ImportError", "name", r#"module name"#, None),
    ("ImportError", "name_from", r#"name imported from module"#, None),
    ("ImportError", "path", r#"module path"#, None),
    ("ImportWarning", "", r#"Base class for warnings about probable mistakes in module imports"#, None),
    ("ImportWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("IndentationError", "", r#"Improper indentation."#, None),
    ("IndexError", "", r#"Sequence index out of range."#, None),
    ("IndexError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("InterruptedError", "", r#"Interrupted by signal."#, None),
    ("IsADirectoryError", "", r#"Operation doesn't work on directories."#, None),
    ("KeyError", "", r#"Mapping key not found."#, None),
    ("KeyError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("KeyboardInterrupt", "", r#"Program interrupted by user."#, None),
    ("KeyboardInterrupt", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("LookupError", "", r#"Base class for lookup errors."#, None),
    ("LookupError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("MemoryError", "", r#"Out of memory."#, None),
    ("MemoryError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ModuleNotFoundError", "", r#"Module not found."#, None),
    ("NameError", "", r#"Name not found globally."#, None),
    ("NameError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("NameError", "name", r#"name"#, None),
    ("NoneType", "", r#"The type of the None singleton."#, Some(r#"()"#)),
    ("NoneType", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("NoneType", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("NoneType", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("NoneType", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("NoneType", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("NotADirectoryError", "", r#"Operation only works on directories."#, None),
    ("NotImplementedError", "", r#"Method or function hasn't been implemented yet."#, None),
    ("NotImplementedError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("NotImplementedType", "", r#"The type of the NotImplemented singleton."#, Some(r#"()"#)),
    ("NotImplementedType", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("NotImplementedType", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("NotImplementedType", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("OSError", "", r#"Base class for I/O related errors."#, None),
    ("OSError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("OSError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("OSError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("OSError", "errno", r#"POSIX exception code"#, None),
    ("OSError", "filename", r#"exception filename"#, None),
    ("OSError", "filename2", r#"second exception filename"#, None),
    ("OSError", "strerror", r#"exception strerror"#, None),
    ("OverflowError", "", r#"Result too large to be represented."#, None),
    ("OverflowError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("PendingDeprecationWarning", "", r#"Base class for warnings about features which will be deprecated
in the future."#, None),
    ("PendingDeprecationWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("PermissionError", "", r#"Not enough permissions."#, None),
    ("ProcessLookupError", "", r#"Process not found."#, None),
    ("ProxyType", "__abs__", r#"abs(self)"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("ProxyType", "__delattr__", r#"Implement delattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("ProxyType", "__delitem__", r#"Delete self[key]."#, Some(r#"($self, key, /)"#)),
    ("ProxyType", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__float__", r#"float(self)"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__floordiv__", r#"Return self//value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("ProxyType", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("ProxyType", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__index__", r#"Return self converted to an integer, if self is suitable for use as an index into a list."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__int__", r#"int(self)"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__invert__", r#"~self"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__lshift__", r#"Return self<<value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__matmul__", r#"Return self@value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__neg__", r#"-self"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__pos__", r#"+self"#, Some(r#"($self, /)"#)),
    ("ProxyType", "__pow__", r#"Return pow(self, value, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("ProxyType", "__radd__", r#"Return value+self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__rfloordiv__", r#"Return value//self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rpow__", r#"Return pow(value, self, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("ProxyType", "__rshift__", r#"Return self>>value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rtruediv__", r#"Return value/self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__setattr__", r#"Implement setattr(self, name, value)."#, Some(r#"($self, name, value, /)"#)),
    ("ProxyType", "__setitem__", r#"Set self[key] to value."#, Some(r#"($self, key, value, /)"#)),
    ("ProxyType", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("ProxyType", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__truediv__", r#"Return self/value."#, Some(r#"($self, value, /)"#)),
    ("ProxyType", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("PythonFinalizationError", "", r#"Operation blocked during Python finalization."#, None),
    ("PythonFinalizationError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("RecursionError", "", r#"Recursion limit exceeded."#, None),
    ("RecursionError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ReferenceError", "", r#"Weak ref proxy used after referent went away."#, None),
    ("ReferenceError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ReferenceType", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("ReferenceType", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("ReferenceType", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("ReferenceType", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("ReferenceType", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("ReferenceType", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ReferenceType", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("ResourceWarning", "", r#"Base class for warnings about resource usage."#, None),
    ("ResourceWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("RuntimeError", "", r#"Unspecified run-time error."#, None),
    ("RuntimeError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("RuntimeWarning", "", r#"Base class for warnings about dubious runtime behavior."#, None),
    ("RuntimeWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("StopAsyncIteration", "", r#"Signal the end from iterator.__anext__()."#, None),
    ("StopAsyncIteration", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("StopIteration", "", r#"Signal the end from iterator.__next__()."#, None),
    ("StopIteration", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("StopIteration", "value", r#"generator return value"#, None),
    ("SyntaxError", "", r#"Invalid syntax."#, None),
    ("SyntaxError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("SyntaxError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("SyntaxError", "end_lineno", r#"exception end lineno"#, None),
    ("SyntaxError", "end_offset", r#"exception end offset"#, None),
    ("SyntaxError", "filename", r#"exception filename"#, None),
    ("SyntaxError", "lineno", r#"exception lineno"#, None),
    ("SyntaxError", "msg", r#"exception msg"#, None),
    ("SyntaxError", "offset", r#"exception offset"#, None),
    ("SyntaxError", "text", r#"exception text"#, None),
    ("SyntaxWarning", "", r#"Base class for warnings about dubious syntax."#, None),
    ("SyntaxWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("SystemError", "", r#"Internal error in the Python interpreter.

Please report this to the Python maintainer, along with the traceback,
the Python version, and the hardware/OS platform and version."#, None),
    ("SystemError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("SystemExit", "", r#"Request to exit from the interpreter."#, None),
    ("SystemExit", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("SystemExit", "code", r#"exception code"#, None),
    ("TabError", "", r#"Improper mixture of spaces and tabs."#, None),
    ("TextIOWrapper", "", r#"Character and line based layer over a BufferedIOBase object, buffer.

encoding gives the name of the encoding that the stream will be
decoded or encoded with. It defaults to locale.getencoding().

errors determines the strictness of encoding and decoding (see
help(codecs.Codec) or the documentation for codecs.register) and
defaults to "strict".

newline controls how line endings are handled. It can be None, '',
'\n', '\r', and '\r\n'.  It works as follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\n', '\r', or '\r\n', and
  these are translated into '\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\n', no translation takes place. If newline is any
  of the other legal values, any '\n' characters written are translated
  to the given string.

If line_buffering is True, a call to flush is implied when a call to
write contains a newline character."#, Some(r#"(buffer, encoding=None, errors=None, newline=None,
              line_buffering=False, write_through=False)"#)),
    ("TextIOWrapper", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("TextIOWrapper", "seek", r#"Set the stream position, and return the new stream position.

  cookie
    Zero or an opaque number returned by tell().
  whence
    The relative position to seek from.

Four operations are supported, given by the following argument
combinations:

- seek(0, SEEK_SET): Rewind to the start of the stream.
- seek(cookie, SEEK_SET): Restore a previous position;
  'cookie' must be a number returned by tell().
- seek(0, SEEK_END): Fast-forward to the end of the stream.
- seek(0, SEEK_CUR): Leave the current stream position unchanged.

Any other argument combinations are invalid,
and may raise exceptions."#, Some(r#"($self, cookie, whence=os.SEEK_SET, /)"#)),
    ("TextIOWrapper", "tell", r#"Return the stream position as an opaque number.

The return value of tell() can be given as input to seek(), to restore a
previous stream position."#, Some(r#"($self, /)"#)),
    ("TimeoutError", "", r#"Timeout expired."#, None),
    ("TypeError", "", r#"Inappropriate argument type."#, None),
    ("TypeError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UnboundLocalError", "", r#"Local name referenced but not bound to a value."#, None),
    ("UnicodeDecodeError", "", r#"Unicode decoding error."#, None),
    ("UnicodeDecodeError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("UnicodeDecodeError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UnicodeDecodeError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("UnicodeDecodeError", "encoding", r#"exception encoding"#, None),
    ("UnicodeDecodeError", "end", r#"exception end"#, None),
    ("UnicodeDecodeError", "object", r#"exception object"#, None),
    ("UnicodeDecodeError", "reason", r#"exception reason"#, None),
    ("UnicodeDecodeError", "start", r#"exception start"#, None),
    ("UnicodeEncodeError", "", r#"Unicode encoding error."#, None),
    ("UnicodeEncodeError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("UnicodeEncodeError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UnicodeEncodeError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("UnicodeEncodeError", "encoding", r#"exception encoding"#, None),
    ("UnicodeEncodeError", "end", r#"exception end"#, None),
    ("UnicodeEncodeError", "object", r#"exception object"#, None),
    ("UnicodeEncodeError", "reason", r#"exception reason"#, None),
    ("UnicodeEncodeError", "start", r#"exception start"#, None),
    ("UnicodeError", "", r#"Unicode related error."#, None),
    ("UnicodeError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UnicodeTranslateError", "", r#"Unicode translation error."#, None),
    ("UnicodeTranslateError", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("UnicodeTranslateError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UnicodeTranslateError", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("UnicodeTranslateError", "encoding", r#"exception encoding"#, None),
    ("UnicodeTranslateError", "end", r#"exception end"#, None),
    ("UnicodeTranslateError", "object", r#"exception object"#, None),
    ("UnicodeTranslateError", "reason", r#"exception reason"#, None),
    ("UnicodeTranslateError", "start", r#"exception start"#, None),
    ("UnicodeWarning", "", r#"Base class for warnings about Unicode related problems, mostly
related to conversion problems."#, None),
    ("UnicodeWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("UserWarning", "", r#"Base class for warnings generated by user code."#, None),
    ("UserWarning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ValueError", "", r#"Inappropriate argument value (of correct type)."#, None),
    ("ValueError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("Warning", "", r#"Base class for warning categories."#, None),
    ("Warning", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ZeroDivisionError", "", r#"Second argument to a division or modulo operation was zero."#, None),
    ("ZeroDivisionError", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("_weakref", "_remove_dead_weakref", r#"Atomically remove key from dict if it points to a dead weakref."#, Some(r#"($module, dct, key, /)"#)),
    ("_weakref", "getweakrefcount", r#"Return the number of weak references to 'object'."#, Some(r#"($module, object, /)"#)),
    ("_weakref", "getweakrefs", r#"Return a list of all weak reference objects pointing to 'object'."#, Some(r#"($module, object, /)"#)),
    ("_weakref", "proxy", r#"Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."#, Some(r#"($module, object, callback=None, /)"#)),
    ("atexit", "_clear", r#"Clear the list of previously registered exit functions."#, Some(r#"($module, /)"#)),
    ("atexit", "_ncallbacks", r#"Return the number of registered exit functions."#, Some(r#"($module, /)"#)),
    ("atexit", "_run_exitfuncs", r#"Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."#, Some(r#"($module, /)"#)),
    ("atexit", "register", r#"Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."#, Some(r#"($module, func, /, *args, **kwargs)"#)),
    ("atexit", "unregister", r#"Unregister an exit function which was previously registered using
atexit.register

    func - function to be unregistered"#, Some(r#"($module, func, /)"#)),
    ("bool", "", r#"Returns True when the argument is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed."#, Some(r#"(object=False, /)"#)),
    ("bool", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("bool", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("bool", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("bool", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("bool", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("bool", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("bool", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("bool", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("builtin_function_or_method", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("builtin_function_or_method", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("builtin_function_or_method", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("builtins", "__build_class__", r#"__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class

Internal helper function used by the class statement."#, None),
    ("builtins", "__import__", r#"Import a module.

Because this function is meant for use by the Python
interpreter and not for general use, it is better to use
importlib.import_module() to programmatically import a module.

The globals argument is only used to determine the context;
they are not modified.  The locals argument is unused.  The fromlist
should be a list of names to emulate ``from name import ...``, or an
empty list to emulate ``import name``.
When importing a module from a package, note that __import__('A.B', ...)
returns package A when fromlist is empty, but its submodule B when
fromlist is not empty.  The level argument is used to determine whether to
perform absolute or relative imports: 0 is absolute, while a positive number
is the number of parent directories to search relative to the current module."#, Some(r#"($module, /, name, globals=None, locals=None, fromlist=(),
           level=0)"#)),
    ("builtins", "abs", r#"Return the absolute value of the argument."#, Some(r#"($module, x, /)"#)),
    ("builtins", "all", r#"Return True if bool(x) is True for all values x in the iterable.

If the iterable is empty, return True."#, Some(r#"($module, iterable, /)"#)),
    ("builtins", "any", r#"Return True if bool(x) is True for any x in the iterable.

If the iterable is empty, return False."#, Some(r#"($module, iterable, /)"#)),
    ("builtins", "ascii", r#"Return an ASCII-only representation of an object.

As repr(), return a string containing a printable representation of an
object, but escape the non-ASCII characters in the string returned by
repr() using \\x, \\u or \\U escapes. This generates a string similar
to that returned by repr() in Python 2."#, Some(r#"($module, obj, /)"#)),
    ("builtins", "bin", r#"Return the binary representation of an integer.

   >>> bin(2796202)
   '0b1010101010101010101010'"#, Some(r#"($module, number, /)"#)),
    ("builtins", "callable", r#"Return whether the object is callable (i.e., some kind of function).

Note that classes are callable, as are instances of classes with a
__call__() method."#, Some(r#"($module, obj, /)"#)),
    ("builtins", "chr", r#"Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."#, Some(r#"($module, i, /)"#)),
    ("builtins", "compile", r#"Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified."#, Some(r#"($module, /, source, filename, mode, flags=0,
        dont_inherit=False, optimize=-1, *, _feature_version=-1)"#)),
    ("builtins", "delattr", r#"Deletes the named attribute from the given object.

delattr(x, 'y') is equivalent to ``del x.y``"#, Some(r#"($module, obj, name, /)"#)),
    ("builtins", "dir", r#"dir([object]) -> list of strings

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.
If the object supplies a method named __dir__, it will be used; otherwise
the default dir() logic is used and returns:
  for a module object: the module's attributes.
  for a class object:  its attributes, and recursively the attributes
    of its bases.
  for any other object: its attributes, its class's attributes, and
    recursively the attributes of its class's base classes."#, None),
    ("builtins", "divmod", r#"Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."#, Some(r#"($module, x, y, /)"#)),
    ("builtins", "eval", r#"Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it."#, Some(r#"($module, source, /, globals=None, locals=None)"#)),
    ("builtins", "exec", r#"Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars."#, Some(r#"($module, source, /, globals=None, locals=None, *, closure=None)"#)),
    ("builtins", "format", r#"Return type(value).__format__(value, format_spec)

Many built-in types implement format_spec according to the
Format Specification Mini-language. See help('FORMATTING').

If type(value) does not supply a method named __format__
and format_spec is empty, then str(value) is returned.
See also help('SPECIALMETHODS')."#, Some(r#"($module, value, format_spec='', /)"#)),
    ("builtins", "getattr", r#"getattr(object, name[, default]) -> value

Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.
When a default argument is given, it is returned when the attribute doesn't
exist; without it, an exception is raised in that case."#, None),
    ("builtins", "globals", r#"Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa."#, Some(r#"($module, /)"#)),
    ("builtins", "hasattr", r#"Return whether the object has an attribute with the given name.

This is done by calling getattr(obj, name) and catching AttributeError."#, Some(r#"($module, obj, name, /)"#)),
    ("builtins", "hash", r#"Return the hash value for the given object.

Two objects that compare equal must also have the same hash value, but the
reverse is not necessarily true."#, Some(r#"($module, obj, /)"#)),
    ("builtins", "hex", r#"Return the hexadecimal representation of an integer.

   >>> hex(12648430)
   '0xc0ffee'"#, Some(r#"($module, number, /)"#)),
    ("builtins", "id", r#"Return the identity of an object.

This is guaranteed to be unique among simultaneously existing objects.
(CPython uses the object's memory address.)"#, Some(r#"($module, obj, /)"#)),
    ("builtins", "input", r#"Read a string from standard input.  The trailing newline is stripped.

The prompt string, if given, is printed to standard output without a
trailing newline before reading input.

If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.
On *nix systems, readline is used if available."#, Some(r#"($module, prompt='', /)"#)),
    ("builtins", "isinstance", r#"Return whether an object is an instance of a class or of a subclass thereof.

A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)
or ...`` etc."#, Some(r#"($module, obj, class_or_tuple, /)"#)),
    ("builtins", "issubclass", r#"Return whether 'cls' is derived from another class or is the same class.

A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)
or ...``."#, Some(r#"($module, cls, class_or_tuple, /)"#)),
    ("builtins", "iter", r#"iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel."#, None),
    ("builtins", "len", r#"Return the number of items in a container."#, Some(r#"($module, obj, /)"#)),
    ("builtins", "locals", r#"Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees."#, Some(r#"($module, /)"#)),
    ("builtins", "max", r#"max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more positional arguments, return the largest argument."#, None),
    ("builtins", "min", r#"min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more positional arguments, return the smallest argument."#, None),
    ("builtins", "next", r#"next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration."#, None),
    ("builtins", "oct", r#"Return the octal representation of an integer.

   >>> oct(342391)
   '0o1234567'"#, Some(r#"($module, number, /)"#)),
    ("builtins", "open", r#"Open file and return a stream.  Raise OSError upon failure.

file is either a text or byte string giving the name (and the path
if the file isn't in the current working directory) of the file to
be opened or an integer file descriptor of the file to be
wrapped. (If a file descriptor is given, it is closed when the
returned I/O object is closed, unless closefd is set to False.)

mode is an optional string that specifies the mode in which the file
is opened. It defaults to 'r' which means open for reading in text
mode.  Other common values are 'w' for writing (truncating the file if
it already exists), 'x' for creating and writing to a new file, and
'a' for appending (which on some Unix systems, means that all writes
append to the end of the file regardless of the current seek position).
In text mode, if encoding is not specified the encoding used is platform
dependent: locale.getencoding() is called to get the current locale encoding.
(For reading and writing raw bytes use binary mode and leave encoding
unspecified.) The available modes are:

========= ===============================================================
Character Meaning
--------- ---------------------------------------------------------------
'r'       open for reading (default)
'w'       open for writing, truncating the file first
'x'       create a new file and open it for writing
'a'       open for writing, appending to the end of the file if it exists
'b'       binary mode
't'       text mode (default)
'+'       open a disk file for updating (reading and writing)
========= ===============================================================

The default mode is 'rt' (open for reading text). For binary random
access, the mode 'w+b' opens and truncates the file to 0 bytes, while
'r+b' opens the file without truncation. The 'x' mode implies 'w' and
raises an `FileExistsError` if the file already exists.

Python distinguishes between files opened in binary and text modes,
even when the underlying operating system doesn't. Files opened in
binary mode (appending 'b' to the mode argument) return contents as
bytes objects without any decoding. In text mode (the default, or when
't' is appended to the mode argument), the contents of the file are
returned as strings, the bytes having been first decoded using a
platform-dependent encoding or using the specified encoding if given.

buffering is an optional integer used to set the buffering policy.
Pass 0 to switch buffering off (only allowed in binary mode), 1 to select
line buffering (only usable in text mode), and an integer > 1 to indicate
the size of a fixed-size chunk buffer.  When no buffering argument is
given, the default buffering policy works as follows:

* Binary files are buffered in fixed-size chunks; the size of the buffer
 is max(min(blocksize, 8 MiB), DEFAULT_BUFFER_SIZE)
 when the device block size is available.
 On most systems, the buffer will typically be 128 kilobytes long.

* "Interactive" text files (files for which isatty() returns True)
  use line buffering.  Other text files use the policy described above
  for binary files.

encoding is the name of the encoding used to decode or encode the
file. This should only be used in text mode. The default encoding is
platform dependent, but any encoding supported by Python can be
passed.  See the codecs module for the list of supported encodings.

errors is an optional string that specifies how encoding errors are to
be handled---this argument should not be used in binary mode. Pass
'strict' to raise a ValueError exception if there is an encoding error
(the default of None has the same effect), or pass 'ignore' to ignore
errors. (Note that ignoring encoding errors can lead to data loss.)
See the documentation for codecs.register or run 'help(codecs.Codec)'
for a list of the permitted encoding error strings.

newline controls how universal newlines works (it only applies to text
mode). It can be None, '', '\n', '\r', and '\r\n'.  It works as
follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\n', '\r', or '\r\n', and
  these are translated into '\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\n', no translation takes place. If newline is any
  of the other legal values, any '\n' characters written are translated
  to the given string.

If closefd is False, the underlying file descriptor will be kept open
when the file is closed. This does not work when a file name is given
and must be True in that case.

A custom opener can be used by passing a callable as *opener*. The
underlying file descriptor for the file object is then obtained by
calling *opener* with (*file*, *flags*). *opener* must return an open
file descriptor (passing os.open as *opener* results in functionality
similar to passing None).

open() returns a file object whose type depends on the mode, and
through which the standard file operations such as reading and writing
are performed. When open() is used to open a file in a text mode ('w',
'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open
a file in a binary mode, the returned class varies: in read binary
mode, it returns a BufferedReader; in write binary and append binary
modes, it returns a BufferedWriter, and in read/write mode, it returns
a BufferedRandom.

It is also possible to use a string or bytearray as a file for both
reading and writing. For strings StringIO can be used like a file
opened in a text mode, and for bytes a BytesIO can be used like a file
opened in a binary mode."#, Some(r#"($module, /, file, mode='r', buffering=-1, encoding=None,
     errors=None, newline=None, closefd=True, opener=None)"#)),
    ("builtins", "ord", r#"Return the ordinal value of a character.

If the argument is a one-character string, return the Unicode code
point of that character.

If the argument is a bytes or bytearray object of length 1, return its
single byte value."#, Some(r#"($module, character, /)"#)),
    ("builtins", "pow", r#"Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments

Some types, such as ints, are able to use a more efficient algorithm when
invoked using the three argument form."#, Some(r#"($module, /, base, exp, mod=None)"#)),
    ("builtins", "print", r#"Prints the values to a stream, or to sys.stdout by default.

  sep
    string inserted between values, default a space.
  end
    string appended after the last value, default a newline.
  file
    a file-like object (stream); defaults to the current sys.stdout.
  flush
    whether to forcibly flush the stream."#, Some(r#"($module, /, *args, sep=' ', end='\n', file=None, flush=False)"#)),
    ("builtins", "repr", r#"Return the canonical string representation of the object.

For many object types, including most builtins, eval(repr(obj)) == obj."#, Some(r#"($module, obj, /)"#)),
    ("builtins", "round", r#"Round a number to a given precision in decimal digits.

The return value is an integer if ndigits is omitted or None.  Otherwise
the return value has the same type as the number.  ndigits may be negative."#, Some(r#"($module, /, number, ndigits=None)"#)),
    ("builtins", "setattr", r#"Sets the named attribute on the given object to the specified value.

setattr(x, 'y', v) is equivalent to ``x.y = v``"#, Some(r#"($module, obj, name, value, /)"#)),
    ("builtins", "sorted", r#"Return a new list containing all items from the iterable in ascending order.

A custom key function can be supplied to customize the sort order, and the
reverse flag can be set to request the result in descending order."#, Some(r#"($module, iterable, /, *, key=None, reverse=False)"#)),
    ("builtins", "sum", r#"Return the sum of a 'start' value (default: 0) plus an iterable of numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and may
reject non-numeric types."#, Some(r#"($module, iterable, /, start=0)"#)),
    ("builtins", "vars", r#"vars([object]) -> dictionary

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."#, None),
    ("bytearray", "", r#"bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

Construct a mutable bytearray object from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - a bytes or a buffer object
  - any object implementing the buffer API.
  - an integer"#, None),
    ("bytearray", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__alloc__", r#"B.__alloc__() -> int

Return the number of bytes actually allocated."#, Some(r#"($self, /)"#)),
    ("bytearray", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("bytearray", "__delitem__", r#"Delete self[key]."#, Some(r#"($self, key, /)"#)),
    ("bytearray", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("bytearray", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__iadd__", r#"Implement self+=value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__imul__", r#"Implement self*=value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("bytearray", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("bytearray", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("bytearray", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("bytearray", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("bytearray", "__reduce_ex__", r#"Return state information for pickling."#, Some(r#"($self, proto=0, /)"#)),
    ("bytearray", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("bytearray", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "__setitem__", r#"Set self[key] to value."#, Some(r#"($self, key, value, /)"#)),
    ("bytearray", "__sizeof__", r#"Returns the size of the bytearray object in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("bytearray", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("bytearray", "append", r#"Append a single item to the end of the bytearray.

  item
    The item to be appended."#, Some(r#"($self, item, /)"#)),
    ("bytearray", "capitalize", r#"B.capitalize() -> copy of B

Return a copy of B with only its first character capitalized (ASCII)
and the rest lower-cased."#, Some(r#"($self, /)"#)),
    ("bytearray", "center", r#"Return a centered string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytearray", "clear", r#"Remove all items from the bytearray."#, Some(r#"($self, /)"#)),
    ("bytearray", "copy", r#"Return a copy of B."#, Some(r#"($self, /)"#)),
    ("bytearray", "count", r#"Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytearray", "decode", r#"Decode the bytearray using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytearray.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."#, Some(r#"($self, /, encoding='utf-8', errors='strict')"#)),
    ("bytearray", "endswith", r#"Return True if the bytearray ends with the specified suffix, False otherwise.

  suffix
    A bytes or a tuple of bytes to try.
  start
    Optional start position. Default: start of the bytearray.
  end
    Optional stop position. Default: end of the bytearray."#, Some(r#"($self, suffix[, start[, end]], /)"#)),
    ("bytearray", "expandtabs", r#"Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."#, Some(r#"($self, /, tabsize=8)"#)),
    ("bytearray", "extend", r#"Append all the items from the iterator or sequence to the end of the bytearray.

  iterable_of_ints
    The iterable of items to append."#, Some(r#"($self, iterable_of_ints, /)"#)),
    ("bytearray", "find", r#"Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytearray", "fromhex", r#"Create a bytearray object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytearray.fromhex('B9 01EF') -> bytearray(b'\\xb9\\x01\\xef')"#, Some(r#"($type, string, /)"#)),
    ("bytearray", "hex", r#"Create a string of hexadecimal numbers from a bytearray object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = bytearray([0xb9, 0x01, 0xef])
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"#, Some(r#"($self, /, sep=<unrepresentable>, bytes_per_sep=1)"#)),
    ("bytearray", "index", r#"Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Raise ValueError if the subsection is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytearray", "insert", r#"Insert a single item into the bytearray before the given index.

  index
    The index where the value is to be inserted.
  item
    The item to be inserted."#, Some(r#"($self, index, item, /)"#)),
    ("bytearray", "isalnum", r#"B.isalnum() -> bool

Return True if all characters in B are alphanumeric
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "isalpha", r#"B.isalpha() -> bool

Return True if all characters in B are alphabetic
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "isascii", r#"B.isascii() -> bool

Return True if B is empty or all characters in B are ASCII,
False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "isdigit", r#"B.isdigit() -> bool

Return True if all characters in B are digits
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "islower", r#"B.islower() -> bool

Return True if all cased characters in B are lowercase and there is
at least one cased character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "isspace", r#"B.isspace() -> bool

Return True if all characters in B are whitespace
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "istitle", r#"B.istitle() -> bool

Return True if B is a titlecased string and there is at least one
character in B, i.e. uppercase characters may only follow uncased
characters and lowercase characters only cased ones. Return False
otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "isupper", r#"B.isupper() -> bool

Return True if all cased characters in B are uppercase and there is
at least one cased character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytearray", "join", r#"Concatenate any number of bytes/bytearray objects.

The bytearray whose method is called is inserted in between each pair.

The result is returned as a new bytearray object."#, Some(r#"($self, iterable_of_bytes, /)"#)),
    ("bytearray", "ljust", r#"Return a left-justified string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytearray", "lower", r#"B.lower() -> copy of B

Return a copy of B with all ASCII characters converted to lowercase."#, Some(r#"($self, /)"#)),
    ("bytearray", "lstrip", r#"Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytearray", "maketrans", r#"Return a translation table usable for the bytes or bytearray translate method.

The returned table will be one where each byte in frm is mapped to the byte at
the same position in to.

The bytes objects frm and to must be of the same length."#, Some(r#"(frm, to, /)"#)),
    ("bytearray", "partition", r#"Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray. If the separator is
found, returns a 3-tuple containing the part before the separator, the
separator itself, and the part after it as new bytearray objects.

If the separator is not found, returns a 3-tuple containing the copy of the
original bytearray object and two empty bytearray objects."#, Some(r#"($self, sep, /)"#)),
    ("bytearray", "pop", r#"Remove and return a single item from B.

  index
    The index from where to remove the item.
    -1 (the default value) means remove the last item.

If no index argument is given, will pop the last item."#, Some(r#"($self, index=-1, /)"#)),
    ("bytearray", "remove", r#"Remove the first occurrence of a value in the bytearray.

  value
    The value to remove."#, Some(r#"($self, value, /)"#)),
    ("bytearray", "removeprefix", r#"Return a bytearray with the given prefix string removed if present.

If the bytearray starts with the prefix string, return
bytearray[len(prefix):].  Otherwise, return a copy of the original
bytearray."#, Some(r#"($self, prefix, /)"#)),
    ("bytearray", "removesuffix", r#"Return a bytearray with the given suffix string removed if present.

If the bytearray ends with the suffix string and that suffix is not
empty, return bytearray[:-len(suffix)].  Otherwise, return a copy of
the original bytearray."#, Some(r#"($self, suffix, /)"#)),
    ("bytearray", "replace", r#"Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."#, Some(r#"($self, old, new, count=-1, /)"#)),
    ("bytearray", "resize", r#"Resize the internal buffer of bytearray to len.

  size
    New size to resize to."#, Some(r#"($self, size, /)"#)),
    ("bytearray", "reverse", r#"Reverse the order of the values in B in place."#, Some(r#"($self, /)"#)),
    ("bytearray", "rfind", r#"Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytearray", "rindex", r#"Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Raise ValueError if the subsection is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytearray", "rjust", r#"Return a right-justified string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytearray", "rpartition", r#"Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray, starting at the end.
If the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it as new bytearray
objects.

If the separator is not found, returns a 3-tuple containing two empty bytearray
objects and the copy of the original bytearray object."#, Some(r#"($self, sep, /)"#)),
    ("bytearray", "rsplit", r#"Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytearray and working to the front."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("bytearray", "rstrip", r#"Strip trailing bytes contained in the argument.

If the argument is omitted or None, strip trailing ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytearray", "split", r#"Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("bytearray", "splitlines", r#"Return a list of the lines in the bytearray, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."#, Some(r#"($self, /, keepends=False)"#)),
    ("bytearray", "startswith", r#"Return True if the bytearray starts with the specified prefix, False otherwise.

  prefix
    A bytes or a tuple of bytes to try.
  start
    Optional start position. Default: start of the bytearray.
  end
    Optional stop position. Default: end of the bytearray."#, Some(r#"($self, prefix[, start[, end]], /)"#)),
    ("bytearray", "strip", r#"Strip leading and trailing bytes contained in the argument.

If the argument is omitted or None, strip leading and trailing ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytearray", "swapcase", r#"B.swapcase() -> copy of B

Return a copy of B with uppercase ASCII characters converted
to lowercase ASCII and vice versa."#, Some(r#"($self, /)"#)),
    ("bytearray", "title", r#"B.title() -> copy of B

Return a titlecased version of B, i.e. ASCII words start with uppercase
characters, all remaining cased characters have lowercase."#, Some(r#"($self, /)"#)),
    ("bytearray", "translate", r#"Return a copy with each character mapped by the given translation table.

  table
    Translation table, which must be a bytes object of length 256.

All characters occurring in the optional argument delete are removed.
The remaining characters are mapped through the given translation table."#, Some(r#"($self, table, /, delete=b'')"#)),
    ("bytearray", "upper", r#"B.upper() -> copy of B

Return a copy of B with all ASCII characters converted to uppercase."#, Some(r#"($self, /)"#)),
    ("bytearray", "zfill", r#"Pad a numeric string with zeros on the left, to fill a field of the given width.

The original string is never truncated."#, Some(r#"($self, width, /)"#)),
    ("bytearray_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("bytearray_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("bytearray_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("bytearray_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("bytearray_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("bytes", "", r#"bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer"#, None),
    ("bytes", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__bytes__", r#"Convert this value to exact type bytes."#, Some(r#"($self, /)"#)),
    ("bytes", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("bytes", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("bytes", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("bytes", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("bytes", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("bytes", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("bytes", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("bytes", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("bytes", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("bytes", "capitalize", r#"B.capitalize() -> copy of B

Return a copy of B with only its first character capitalized (ASCII)
and the rest lower-cased."#, Some(r#"($self, /)"#)),
    ("bytes", "center", r#"Return a centered string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytes", "count", r#"Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytes", "decode", r#"Decode the bytes using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytes.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."#, Some(r#"($self, /, encoding='utf-8', errors='strict')"#)),
    ("bytes", "endswith", r#"Return True if the bytes ends with the specified suffix, False otherwise.

  suffix
    A bytes or a tuple of bytes to try.
  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes."#, Some(r#"($self, suffix[, start[, end]], /)"#)),
    ("bytes", "expandtabs", r#"Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."#, Some(r#"($self, /, tabsize=8)"#)),
    ("bytes", "find", r#"Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytes", "fromhex", r#"Create a bytes object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytes.fromhex('B9 01EF') -> b'\\xb9\\x01\\xef'."#, Some(r#"($type, string, /)"#)),
    ("bytes", "hex", r#"Create a string of hexadecimal numbers from a bytes object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = b'\xb9\x01\xef'
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"#, Some(r#"($self, /, sep=<unrepresentable>, bytes_per_sep=1)"#)),
    ("bytes", "index", r#"Return the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Raise ValueError if the subsection is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytes", "isalnum", r#"B.isalnum() -> bool

Return True if all characters in B are alphanumeric
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "isalpha", r#"B.isalpha() -> bool

Return True if all characters in B are alphabetic
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "isascii", r#"B.isascii() -> bool

Return True if B is empty or all characters in B are ASCII,
False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "isdigit", r#"B.isdigit() -> bool

Return True if all characters in B are digits
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "islower", r#"B.islower() -> bool

Return True if all cased characters in B are lowercase and there is
at least one cased character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "isspace", r#"B.isspace() -> bool

Return True if all characters in B are whitespace
and there is at least one character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "istitle", r#"B.istitle() -> bool

Return True if B is a titlecased string and there is at least one
character in B, i.e. uppercase characters may only follow uncased
characters and lowercase characters only cased ones. Return False
otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "isupper", r#"B.isupper() -> bool

Return True if all cased characters in B are uppercase and there is
at least one cased character in B, False otherwise."#, Some(r#"($self, /)"#)),
    ("bytes", "join", r#"Concatenate any number of bytes objects.

The bytes whose method is called is inserted in between each pair.

The result is returned as a new bytes object.

Example: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'."#, Some(r#"($self, iterable_of_bytes, /)"#)),
    ("bytes", "ljust", r#"Return a left-justified string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytes", "lower", r#"B.lower() -> copy of B

Return a copy of B with all ASCII characters converted to lowercase."#, Some(r#"($self, /)"#)),
    ("bytes", "lstrip", r#"Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading  ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytes", "maketrans", r#"Return a translation table usable for the bytes or bytearray translate method.

The returned table will be one where each byte in frm is mapped to the byte at
the same position in to.

The bytes objects frm and to must be of the same length."#, Some(r#"(frm, to, /)"#)),
    ("bytes", "partition", r#"Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes. If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original bytes
object and two empty bytes objects."#, Some(r#"($self, sep, /)"#)),
    ("bytes", "removeprefix", r#"Return a bytes object with the given prefix string removed if present.

If the bytes starts with the prefix string, return bytes[len(prefix):].
Otherwise, return a copy of the original bytes."#, Some(r#"($self, prefix, /)"#)),
    ("bytes", "removesuffix", r#"Return a bytes object with the given suffix string removed if present.

If the bytes ends with the suffix string and that suffix is not empty,
return bytes[:-len(prefix)].  Otherwise, return a copy of the original
bytes."#, Some(r#"($self, suffix, /)"#)),
    ("bytes", "replace", r#"Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."#, Some(r#"($self, old, new, count=-1, /)"#)),
    ("bytes", "rfind", r#"Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytes", "rindex", r#"Return the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].

  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes.

Raise ValueError if the subsection is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("bytes", "rjust", r#"Return a right-justified string of length width.

Padding is done using the specified fill character."#, Some(r#"($self, width, fillchar=b' ', /)"#)),
    ("bytes", "rpartition", r#"Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty bytes
objects and the original bytes object."#, Some(r#"($self, sep, /)"#)),
    ("bytes", "rsplit", r#"Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytes and working to the front."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("bytes", "rstrip", r#"Strip trailing bytes contained in the argument.

If the argument is omitted or None, strip trailing ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytes", "split", r#"Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("bytes", "splitlines", r#"Return a list of the lines in the bytes, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."#, Some(r#"($self, /, keepends=False)"#)),
    ("bytes", "startswith", r#"Return True if the bytes starts with the specified prefix, False otherwise.

  prefix
    A bytes or a tuple of bytes to try.
  start
    Optional start position. Default: start of the bytes.
  end
    Optional stop position. Default: end of the bytes."#, Some(r#"($self, prefix[, start[, end]], /)"#)),
    ("bytes", "strip", r#"Strip leading and trailing bytes contained in the argument.

If the argument is omitted or None, strip leading and trailing ASCII whitespace."#, Some(r#"($self, bytes=None, /)"#)),
    ("bytes", "swapcase", r#"B.swapcase() -> copy of B

Return a copy of B with uppercase ASCII characters converted
to lowercase ASCII and vice versa."#, Some(r#"($self, /)"#)),
    ("bytes", "title", r#"B.title() -> copy of B

Return a titlecased version of B, i.e. ASCII words start with uppercase
characters, all remaining cased characters have lowercase."#, Some(r#"($self, /)"#)),
    ("bytes", "translate", r#"Return a copy with each character mapped by the given translation table.

  table
    Translation table, which must be a bytes object of length 256.

All characters occurring in the optional argument delete are removed.
The remaining characters are mapped through the given translation table."#, Some(r#"($self, table, /, delete=b'')"#)),
    ("bytes", "upper", r#"B.upper() -> copy of B

Return a copy of B with all ASCII characters converted to uppercase."#, Some(r#"($self, /)"#)),
    ("bytes", "zfill", r#"Pad a numeric string with zeros on the left, to fill a field of the given width.

The original string is never truncated."#, Some(r#"($self, width, /)"#)),
    ("bytes_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("bytes_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("bytes_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("bytes_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("bytes_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("callable_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("callable_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("callable_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("cell", "", r#"Create a new cell object.

  contents
    the contents of the cell. If not specified, the cell will be empty,
    and 
 further attempts to access its cell_contents attribute will
    raise a ValueError."#, Some(r#"([contents])"#)),
    ("cell", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("cell", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("cell", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("classmethod", "", r#"Convert a function to be a class method.

A class method receives the class as implicit first argument,
just like an instance method receives the instance.
To declare a class method, use this idiom:

  class C:
      @classmethod
      def f(cls, arg1, arg2, argN):
          ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()).  The instance is ignored except for its class.
If a class method is called for a derived class, the derived class
object is passed as the implied first argument.

Class methods are different than C++ or Java static methods.
If you want those, see the staticmethod builtin."#, Some(r#"(function, /)"#)),
    ("classmethod", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("classmethod", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("classmethod", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("classmethod", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("classmethod_descriptor", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("classmethod_descriptor", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("classmethod_descriptor", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("code", "", r#"Create a code object.  Not for the faint of heart."#, Some(r#"(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
     flags, codestring, constants, names, varnames, filename, name,
     qualname, firstlineno, linetable, exceptiontable, freevars=(),
     cellvars=(), /)"#)),
    ("dict", "", r#"dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)"#, None),
    ("dict", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("dict", "__contains__", r#"True if the dictionary has the specified key, else False."#, Some(r#"($self, key, /)"#)),
    ("dict", "__delitem__", r#"Delete self[key]."#, Some(r#"($self, key, /)"#)),
    ("dict", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("dict", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("dict", "__ior__", r#"Return self|=value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("dict", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("dict", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("dict", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("dict", "__reversed__", r#"Return a reverse iterator over the dict keys."#, Some(r#"($self, /)"#)),
    ("dict", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("dict", "__setitem__", r#"Set self[key] to value."#, Some(r#"($self, key, value, /)"#)),
    ("dict", "__sizeof__", r#"Return the size of the dict in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("dict", "clear", r#"Remove all items from the dict."#, Some(r#"($self, /)"#)),
    ("dict", "copy", r#"Return a shallow copy of the dict."#, Some(r#"($self, /)"#)),
    ("dict", "fromkeys", r#"Create a new dictionary with keys from iterable and values set to value."#, Some(r#"($type, iterable, value=None, /)"#)),
    ("dict", "get", r#"Return the value for key if key is in the dictionary, else default."#, Some(r#"($self, key, default=None, /)"#)),
    ("dict", "items", r#"Return a set-like object providing a view on the dict's items."#, Some(r#"($self, /)"#)),
    ("dict", "keys", r#"Return a set-like object providing a view on the dict's keys."#, Some(r#"($self, /)"#)),
    ("dict", "pop", r#"D.pop(k[,d]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."#, Some(r#"($self, key, default=<unrepresentable>, /)"#)),
    ("dict", "popitem", r#"Remove and return a (key, value) pair as a 2-tuple.

Pairs are returned in LIFO (last-in, first-out) order.
Raises KeyError if the dict is empty."#, Some(r#"($self, /)"#)),
    ("dict", "setdefault", r#"Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."#, Some(r#"($self, key, default=None, /)"#)),
    ("dict", "update", r#"D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
If E is present and has a .keys() method, then does:  for k in E.keys(): D[k] = E[k]
If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v
In either case, this is followed by: for k in F:  D[k] = F[k]"#, None),
    ("dict", "values", r#"Return an object providing a view on the dict's values."#, Some(r#"($self, /)"#)),
    ("dict_itemiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_itemiterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("dict_itemiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_itemiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_items", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("dict_items", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_items", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("dict_items", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("dict_items", "__reversed__", r#"Return a reverse iterator over the dict items."#, Some(r#"($self, /)"#)),
    ("dict_items", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("dict_items", "isdisjoint", r#"Return True if the view and the given iterable have a null intersection."#, Some(r#"($self, object, /)"#)),
    ("dict_items", "mapping", r#"dictionary that this view refers to"#, None),
    ("dict_keyiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_keyiterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("dict_keyiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_keyiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_keys", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("dict_keys", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_keys", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("dict_keys", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("dict_keys", "__reversed__", r#"Return a reverse iterator over the dict keys."#, Some(r#"($self, /)"#)),
    ("dict_keys", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("dict_keys", "isdisjoint", r#"Return True if the view and the given iterable have a null intersection."#, Some(r#"($self, object, /)"#)),
    ("dict_keys", "mapping", r#"dictionary that this view refers to"#, None),
    ("dict_reverseitemiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_reverseitemiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_reverseitemiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_reversekeyiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_reversekeyiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_reversekeyiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_reversevalueiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_reversevalueiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_reversevalueiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_valueiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_valueiterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("dict_valueiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("dict_valueiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("dict_values", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("dict_values", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("dict_values", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("dict_values", "__reversed__", r#"Return a reverse iterator over the dict values."#, Some(r#"($self, /)"#)),
    ("dict_values", "mapping", r#"dictionary that this view refers to"#, None),
    ("ellipsis", "", r#"The type of the Ellipsis singleton."#, Some(r#"()"#)),
    ("ellipsis", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("ellipsis", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("enumerate", "", r#"Return an enumerate object.

  iterable
    an object supporting iteration

The enumerate object yields pairs containing a count (from start, which
defaults to zero) and a value yielded by the iterable argument.

enumerate is useful for obtaining an indexed list:
    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."#, Some(r#"(iterable, start=0)"#)),
    ("enumerate", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("enumerate", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("enumerate", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("enumerate", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("enumerate", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("filter", "", r#"Return an iterator yielding those items of iterable for which function(item)
is true. If function is None, return the items that are true."#, Some(r#"(function, iterable, /)"#)),
    ("filter", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("filter", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("filter", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("filter", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("float", "", r#"Convert a string or number to a floating-point number, if possible."#, Some(r#"(x=0, /)"#)),
    ("float", "__abs__", r#"abs(self)"#, Some(r#"($self, /)"#)),
    ("float", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("float", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("float", "__ceil__", r#"Return the ceiling as an Integral."#, Some(r#"($self, /)"#)),
    ("float", "__divmod__", r#"Return divmod(self, value)."#, Some(r#"($self, value, /)"#)),
    ("float", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("float", "__float__", r#"float(self)"#, Some(r#"($self, /)"#)),
    ("float", "__floor__", r#"Return the floor as an Integral."#, Some(r#"($self, /)"#)),
    ("float", "__floordiv__", r#"Return self//value."#, Some(r#"($self, value, /)"#)),
    ("float", "__format__", r#"Formats the float according to format_spec."#, Some(r#"($self, format_spec, /)"#)),
    ("float", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("float", "__getformat__", r#"You probably don't want to use this function.

  typestr
    Must be 'double' or 'float'.

It exists mainly to be used in Python's test suite.

This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,
little-endian' best describes the format of floating-point numbers used by the
C type named by typestr."#, Some(r#"($type, typestr, /)"#)),
    ("float", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("float", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("float", "__int__", r#"int(self)"#, Some(r#"($self, /)"#)),
    ("float", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("float", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("float", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("float", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("float", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("float", "__neg__", r#"-self"#, Some(r#"($self, /)"#)),
    ("float", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("float", "__pos__", r#"+self"#, Some(r#"($self, /)"#)),
    ("float", "__pow__", r#"Return pow(self, value, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("float", "__radd__", r#"Return value+self."#, Some(r#"($self, value, /)"#)),
    ("float", "__rdivmod__", r#"Return divmod(value, self)."#, Some(r#"($self, value, /)"#)),
    ("float", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("float", "__rfloordiv__", r#"Return value//self."#, Some(r#"($self, value, /)"#)),
    ("float", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("float", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("float", "__round__", r#"Return the Integral closest to x, rounding half toward even.

When an argument is passed, work like built-in round(x, ndigits)."#, Some(r#"($self, ndigits=None, /)"#)),
    ("float", "__rpow__", r#"Return pow(value, self, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("float", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("float", "__rtruediv__", r#"Return value/self."#, Some(r#"($self, value, /)"#)),
    ("float", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("float", "__truediv__", r#"Return self/value."#, Some(r#"($self, value, /)"#)),
    ("float", "__trunc__", r#"Return the Integral closest to x between 0 and x."#, Some(r#"($self, /)"#)),
    ("float", "as_integer_ratio", r#"Return a pair of integers, whose ratio is exactly equal to the original float.

The ratio is in lowest terms and has a positive denominator.  Raise
OverflowError on infinities and a ValueError on NaNs.

>>> (10.0).as_integer_ratio()
(10, 1)
>>> (0.0).as_integer_ratio()
(0, 1)
>>> (-.25).as_integer_ratio()
(-1, 4)"#, Some(r#"($self, /)"#)),
    ("float", "conjugate", r#"Return self, the complex conjugate of any float."#, Some(r#"($self, /)"#)),
    ("float", "from_number", r#"Convert real number to a floating-point number."#, Some(r#"($type, number, /)"#)),
    ("float", "fromhex", r#"Create a floating-point number from a hexadecimal string.

>>> float.fromhex('0x1.ffffp10')
2047.984375
>>> float.fromhex('-0x1p-1074')
-5e-324"#, Some(r#"($type, string, /)"#)),
    ("float", "hex", r#"Return a hexadecimal representation of a floating-point number.

>>> (-0.1).hex()
'-0x1.999999999999ap-4'
>>> 3.14159.hex()
'0x1.921f9f01b866ep+1'"#, Some(r#"($self, /)"#)),
    ("float", "imag", r#"the imaginary part of a complex number"#, None),
    ("float", "is_integer", r#"Return True if the float is an integer."#, Some(r#"($self, /)"#)),
    ("float", "real", r#"the real part of a complex number"#, None),
    ("float_info", "", r#"sys.float_info

A named tuple holding information about the float type. It contains low level
information about the precision and internal representation. Please study
your system's :file:`float.h` for more information."#, None),
    ("float_info", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("float_info", "dig", r#"DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"#, None),
    ("float_info", "epsilon", r#"DBL_EPSILON -- Difference between 1 and the next representable float"#, None),
    ("float_info", "mant_dig", r#"DBL_MANT_DIG -- mantissa digits"#, None),
    ("float_info", "max", r#"DBL_MAX -- maximum representable finite float"#, None),
    ("float_info", "max_10_exp", r#"DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"#, None),
    ("float_info", "max_exp", r#"DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"#, None),
    ("float_info", "min", r#"DBL_MIN -- Minimum positive normalized float"#, None),
    ("float_info", "min_10_exp", r#"DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"#, None),
    ("float_info", "min_exp", r#"DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"#, None),
    ("float_info", "radix", r#"FLT_RADIX -- radix of exponent"#, None),
    ("float_info", "rounds", r#"FLT_ROUNDS -- rounding mode used for arithmetic operations"#, None),
    ("frozenset", "", r#"Build an immutable unordered collection of unique elements."#, Some(r#"(iterable=(), /)"#)),
    ("frozenset", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("frozenset", "__contains__", r#"x.__contains__(y) <==> y in x."#, Some(r#"($self, object, /)"#)),
    ("frozenset", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("frozenset", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("frozenset", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("frozenset", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("frozenset", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("frozenset", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("frozenset", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__sizeof__", r#"S.__sizeof__() -> size of S in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("frozenset", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("frozenset", "copy", r#"Return a shallow copy of a set."#, Some(r#"($self, /)"#)),
    ("frozenset", "difference", r#"Return a new set with elements in the set that are not in the others."#, Some(r#"($self, /, *others)"#)),
    ("frozenset", "intersection", r#"Return a new set with elements common to the set and all others."#, Some(r#"($self, /, *others)"#)),
    ("frozenset", "isdisjoint", r#"Return True if two sets have a null intersection."#, Some(r#"($self, other, /)"#)),
    ("frozenset", "issubset", r#"Report whether another set contains this set."#, Some(r#"($self, other, /)"#)),
    ("frozenset", "issuperset", r#"Report whether this set contains another set."#, Some(r#"($self, other, /)"#)),
    ("frozenset", "symmetric_difference", r#"Return a new set with elements in either the set or other but not both."#, Some(r#"($self, other, /)"#)),
    ("frozenset", "union", r#"Return a new set with elements from the set and all others."#, Some(r#"($self, /, *others)"#)),
    ("function", "", r#"Create a function object.

  code
    a code object
  globals
    the globals dictionary
  name
    a string that overrides the name from the code object
  argdefs
    a tuple that specifies the default argument values
  closure
    a tuple that supplies the bindings for free variables
  kwdefaults
    a dictionary that specifies the default keyword argument values"#, Some(r#"(code, globals, name=None, argdefs=None, closure=None,
         kwdefaults=None)"#)),
    ("function", "__annotate__", r#"Get the code object for a function."#, None),
    ("function", "__annotations__", r#"Dict of annotations in a function object."#, None),
    ("function", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("function", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("function", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("function", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("function", "__type_params__", r#"Get the declared type parameters for a function."#, None),
    ("gc", "collect", r#"Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned."#, Some(r#"($module, /, generation=2)"#)),
    ("gc", "disable", r#"Disable automatic garbage collection."#, Some(r#"($module, /)"#)),
    ("gc", "enable", r#"Enable automatic garbage collection."#, Some(r#"($module, /)"#)),
    ("gc", "freeze", r#"Freeze all current tracked objects and ignore them for future collections.

This can be used before a POSIX fork() call to make the gc copy-on-write friendly.
Note: collection before a POSIX fork() call may free pages for future allocation
which can cause copy-on-write."#, Some(r#"($module, /)"#)),
    ("gc", "get_count", r#"Return a three-tuple of the current collection counts."#, Some(r#"($module, /)"#)),
    ("gc", "get_debug", r#"Get the garbage collection debugging flags."#, Some(r#"($module, /)"#)),
    ("gc", "get_freeze_count", r#"Return the number of objects in the permanent generation."#, Some(r#"($module, /)"#)),
    ("gc", "get_objects", r#"Return a list of objects tracked by the collector (excluding the list returned).

  generation
    Generation to extract the objects from.

If generation is not None, return only the objects tracked by the collector
that are in that generation."#, Some(r#"($module, /, generation=None)"#)),
    ("gc", "get_referents", r#"Return the list of objects that are directly referred to by 'objs'."#, Some(r#"($module, /, *objs)"#)),
    ("gc", "get_referrers", r#"Return the list of objects that directly refer to any of 'objs'."#, Some(r#"($module, /, *objs)"#)),
    ("gc", "get_stats", r#"Return a list of dictionaries containing per-generation statistics."#, Some(r#"($module, /)"#)),
    ("gc", "get_threshold", r#"Return the current collection thresholds."#, Some(r#"($module, /)"#)),
    ("gc", "is_finalized", r#"Returns true if the object has been already finalized by the GC."#, Some(r#"($module, obj, /)"#)),
    ("gc", "is_tracked", r#"Returns true if the object is tracked by the garbage collector.

Simple atomic objects will return false."#, Some(r#"($module, obj, /)"#)),
    ("gc", "isenabled", r#"Returns true if automatic garbage collection is enabled."#, Some(r#"($module, /)"#)),
    ("gc", "set_debug", r#"Set the garbage collection debugging flags.

  flags
    An integer that can have the following bits turned on:
      DEBUG_STATS - Print statistics during collection.
      DEBUG_COLLECTABLE - Print collectable objects found.
      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects
        found.
      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.
      DEBUG_LEAK - Debug leaking programs (everything but STATS).

Debugging information is written to sys.stderr."#, Some(r#"($module, flags, /)"#)),
    ("gc", "set_threshold", r#"set_threshold(threshold0, [threshold1, [threshold2]])
Set the collection thresholds (the collection frequency).

Setting 'threshold0' to zero disables collection."#, None),
    ("gc", "unfreeze", r#"Unfreeze all objects in the permanent generation.

Put all objects in the permanent generation back into oldest generation."#, Some(r#"($module, /)"#)),
    ("generator", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("generator", "__del__", r#"Called when the instance is about to be destroyed."#, Some(r#"($self, /)"#)),
    ("generator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("generator", "__name__", r#"name of the generator"#, None),
    ("generator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("generator", "__qualname__", r#"qualified name of the generator"#, None),
    ("generator", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("generator", "__sizeof__", r#"gen.__sizeof__() -> size of gen in memory, in bytes"#, Some(r#"($self, /)"#)),
    ("generator", "close", r#"close() -> raise GeneratorExit inside generator."#, Some(r#"($self, /)"#)),
    ("generator", "gi_yieldfrom", r#"object being iterated by yield from, or None"#, None),
    ("generator", "send", r#"send(value) -> send 'value' into generator,
return next yielded value or raise StopIteration."#, Some(r#"($self, object, /)"#)),
    ("generator", "throw", r#"throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration.
the (type, val, tb) signature is deprecated, 
and may be removed in a future version of Python."#, None),
    ("getset_descriptor", "__delete__", r#"Delete an attribute of instance."#, Some(r#"($self, instance, /)"#)),
    ("getset_descriptor", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("getset_descriptor", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("getset_descriptor", "__set__", r#"Set an attribute of instance to value."#, Some(r#"($self, instance, value, /)"#)),
    ("hash_info", "", r#"hash_info

A named tuple providing parameters used for computing
hashes. The attributes are read only."#, None),
    ("hash_info", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("hash_info", "algorithm", r#"name of the algorithm for hashing of str, bytes and memoryviews"#, None),
    ("hash_info", "cutoff", r#"small string optimization cutoff"#, None),
    ("hash_info", "hash_bits", r#"internal output size of hash algorithm"#, None),
    ("hash_info", "imag", r#"multiplier used for the imaginary part of a complex number"#, None),
    ("hash_info", "inf", r#"value to be used for hash of a positive infinity"#, None),
    ("hash_info", "modulus", r#"prime number giving the modulus on which the hash function is based"#, None),
    ("hash_info", "nan", r#"value to be used for hash of a nan"#, None),
    ("hash_info", "seed_bits", r#"seed size of hash algorithm"#, None),
    ("hash_info", "width", r#"width of the type used for hashing, in bits"#, None),
    ("int", "", r#"int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating-point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4"#, None),
    ("int", "__abs__", r#"abs(self)"#, Some(r#"($self, /)"#)),
    ("int", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("int", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("int", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("int", "__ceil__", r#"Ceiling of an Integral returns itself."#, Some(r#"($self, /)"#)),
    ("int", "__divmod__", r#"Return divmod(self, value)."#, Some(r#"($self, value, /)"#)),
    ("int", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("int", "__float__", r#"float(self)"#, Some(r#"($self, /)"#)),
    ("int", "__floor__", r#"Flooring an Integral returns itself."#, Some(r#"($self, /)"#)),
    ("int", "__floordiv__", r#"Return self//value."#, Some(r#"($self, value, /)"#)),
    ("int", "__format__", r#"Convert to a string according to format_spec."#, Some(r#"($self, format_spec, /)"#)),
    ("int", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("int", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("int", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("int", "__index__", r#"Return self converted to an integer, if self is suitable for use as an index into a list."#, Some(r#"($self, /)"#)),
    ("int", "__int__", r#"int(self)"#, Some(r#"($self, /)"#)),
    ("int", "__invert__", r#"~self"#, Some(r#"($self, /)"#)),
    ("int", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("int", "__lshift__", r#"Return self<<value."#, Some(r#"($self, value, /)"#)),
    ("int", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("int", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("int", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("int", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("int", "__neg__", r#"-self"#, Some(r#"($self, /)"#)),
    ("int", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("int", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("int", "__pos__", r#"+self"#, Some(r#"($self, /)"#)),
    ("int", "__pow__", r#"Return pow(self, value, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("int", "__radd__", r#"Return value+self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rdivmod__", r#"Return divmod(value, self)."#, Some(r#"($self, value, /)"#)),
    ("int", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("int", "__rfloordiv__", r#"Return value//self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rlshift__", r#"Return value<<self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("int", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("int", "__round__", r#"Rounding an Integral returns itself.

Rounding with an ndigits argument also returns an integer."#, Some(r#"($self, ndigits=None, /)"#)),
    ("int", "__rpow__", r#"Return pow(value, self, mod)."#, Some(r#"($self, value, mod=None, /)"#)),
    ("int", "__rrshift__", r#"Return value>>self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rshift__", r#"Return self>>value."#, Some(r#"($self, value, /)"#)),
    ("int", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rtruediv__", r#"Return value/self."#, Some(r#"($self, value, /)"#)),
    ("int", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("int", "__sizeof__", r#"Returns size in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("int", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("int", "__truediv__", r#"Return self/value."#, Some(r#"($self, value, /)"#)),
    ("int", "__trunc__", r#"Truncating an Integral returns itself."#, Some(r#"($self, /)"#)),
    ("int", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("int", "as_integer_ratio", r#"Return a pair of integers, whose ratio is equal to the original int.

The ratio is in lowest terms and has a positive denominator.

>>> (10).as_integer_ratio()
(10, 1)
>>> (-10).as_integer_ratio()
(-10, 1)
>>> (0).as_integer_ratio()
(0, 1)"#, Some(r#"($self, /)"#)),
    ("int", "bit_count", r#"Number of ones in the binary representation of the absolute value of self.

Also known as the population count.

>>> bin(13)
'0b1101'
>>> (13).bit_count()
3"#, Some(r#"($self, /)"#)),
    ("int", "bit_length", r#"Number of bits necessary to represent self in binary.

>>> bin(37)
'0b100101'
>>> (37).bit_length()
6"#, Some(r#"($self, /)"#)),
    ("int", "conjugate", r#"Returns self, the complex conjugate of any int."#, Some(r#"($self, /)"#)),
    ("int", "denominator", r#"the denominator of a rational number in lowest terms"#, None),
    ("int", "from_bytes", r#"Return the integer represented by the given array of bytes.

  bytes
    Holds the array of bytes to convert.  The argument must either
    support the buffer protocol or be an iterable object producing bytes.
    Bytes and bytearray are examples of built-in objects that support the
    buffer protocol.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    sys.byteorder as the byte order value.  Default is to use 'big'.
  signed
    Indicates whether two's complement is used to represent the integer."#, Some(r#"($type, /, bytes, byteorder='big', *, signed=False)"#)),
    ("int", "imag", r#"the imaginary part of a complex number"#, None),
    ("int", "is_integer", r#"Returns True. Exists for duck type compatibility with float.is_integer."#, Some(r#"($self, /)"#)),
    ("int", "numerator", r#"the numerator of a rational number in lowest terms"#, None),
    ("int", "real", r#"the real part of a complex number"#, None),
    ("int", "to_bytes", r#"Return an array of bytes representing an integer.

  length
    Length of bytes object to use.  An OverflowError is raised if the
    integer is not representable with the given number of bytes.  Default
    is length 1.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    sys.byteorder as the byte order value.  Default is to use 'big'.
  signed
    Determines whether two's complement is used to represent the integer.
    If signed is False and a negative integer is given, an OverflowError
    is raised."#, Some(r#"($self, /, length=1, byteorder='big', *, signed=False)"#)),
    ("int_info", "", r#"sys.int_info

A named tuple that holds information about Python's
internal representation of integers.  The attributes are read only."#, None),
    ("int_info", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("int_info", "bits_per_digit", r#"size of a digit in bits"#, None),
    ("int_info", "default_max_str_digits", r#"maximum string conversion digits limitation"#, None),
    ("int_info", "sizeof_digit", r#"size in bytes of the C type used to represent a digit"#, None),
    ("int_info", "str_digits_check_threshold", r#"minimum positive value for int_max_str_digits"#, None),
    ("io", "open", r#"Open file and return a stream.  Raise OSError upon failure.

file is either a text or byte string giving the name (and the path
if the file isn't in the current working directory) of the file to
be opened or an integer file descriptor of the file to be
wrapped. (If a file descriptor is given, it is closed when the
returned I/O object is closed, unless closefd is set to False.)

mode is an optional string that specifies the mode in which the file
is opened. It defaults to 'r' which means open for reading in text
mode.  Other common values are 'w' for writing (truncating the file if
it already exists), 'x' for creating and writing to a new file, and
'a' for appending (which on some Unix systems, means that all writes
append to the end of the file regardless of the current seek position).
In text mode, if encoding is not specified the encoding used is platform
dependent: locale.getencoding() is called to get the current locale encoding.
(For reading and writing raw bytes use binary mode and leave encoding
unspecified.) The available modes are:

========= ===============================================================
Character Meaning
--------- ---------------------------------------------------------------
'r'       open for reading (default)
'w'       open for writing, truncating the file first
'x'       create a new file and open it for writing
'a'       open for writing, appending to the end of the file if it exists
'b'       binary mode
't'       text mode (default)
'+'       open a disk file for updating (reading and writing)
========= ===============================================================

The default mode is 'rt' (open for reading text). For binary random
access, the mode 'w+b' opens and truncates the file to 0 bytes, while
'r+b' opens the file without truncation. The 'x' mode implies 'w' and
raises an `FileExistsError` if the file already exists.

Python distinguishes between files opened in binary and text modes,
even when the underlying operating system doesn't. Files opened in
binary mode (appending 'b' to the mode argument) return contents as
bytes objects without any decoding. In text mode (the default, or when
't' is appended to the mode argument), the contents of the file are
returned as strings, the bytes having been first decoded using a
platform-dependent encoding or using the specified encoding if given.

buffering is an optional integer used to set the buffering policy.
Pass 0 to switch buffering off (only allowed in binary mode), 1 to select
line buffering (only usable in text mode), and an integer > 1 to indicate
the size of a fixed-size chunk buffer.  When no buffering argument is
given, the default buffering policy works as follows:

* Binary files are buffered in fixed-size chunks; the size of the buffer
 is max(min(blocksize, 8 MiB), DEFAULT_BUFFER_SIZE)
 when the device block size is available.
 On most systems, the buffer will typically be 128 kilobytes long.

* "Interactive" text files (files for which isatty() returns True)
  use line buffering.  Other text files use the policy described above
  for binary files.

encoding is the name of the encoding used to decode or encode the
file. This should only be used in text mode. The default encoding is
platform dependent, but any encoding supported by Python can be
passed.  See the codecs module for the list of supported encodings.

errors is an optional string that specifies how encoding errors are to
be handled---this argument should not be used in binary mode. Pass
'strict' to raise a ValueError exception if there is an encoding error
(the default of None has the same effect), or pass 'ignore' to ignore
errors. (Note that ignoring encoding errors can lead to data loss.)
See the documentation for codecs.register or run 'help(codecs.Codec)'
for a list of the permitted encoding error strings.

newline controls how universal newlines works (it only applies to text
mode). It can be None, '', '\n', '\r', and '\r\n'.  It works as
follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\n', '\r', or '\r\n', and
  these are translated into '\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\n', no translation takes place. If newline is any
  of the other legal values, any '\n' characters written are translated
  to the given string.

If closefd is False, the underlying file descriptor will be kept open
when the file is closed. This does not work when a file name is given
and must be True in that case.

A custom opener can be used by passing a callable as *opener*. The
underlying file descriptor for the file object is then obtained by
calling *opener* with (*file*, *flags*). *opener* must return an open
file descriptor (passing os.open as *opener* results in functionality
similar to passing None).

open() returns a file object whose type depends on the mode, and
through which the standard file operations such as reading and writing
are performed. When open() is used to open a file in a text mode ('w',
'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open
a file in a binary mode, the returned class varies: in read binary
mode, it returns a BufferedReader; in write binary and append binary
modes, it returns a BufferedWriter, and in read/write mode, it returns
a BufferedRandom.

It is also possible to use a string or bytearray as a file for both
reading and writing. For strings StringIO can be used like a file
opened in a text mode, and for bytes a BytesIO can be used like a file
opened in a binary mode."#, Some(r#"($module, /, file, mode='r', buffering=-1, encoding=None,
     errors=None, newline=None, closefd=True, opener=None)"#)),
    ("list", "", r#"Built-in mutable sequence.

If no argument is given, the constructor creates a new empty list.
The argument must be an iterable if specified."#, Some(r#"(iterable=(), /)"#)),
    ("list", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("list", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("list", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("list", "__delitem__", r#"Delete self[key]."#, Some(r#"($self, key, /)"#)),
    ("list", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("list", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("list", "__getitem__", r#"Return self[index]."#, Some(r#"($self, index, /)"#)),
    ("list", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("list", "__iadd__", r#"Implement self+=value."#, Some(r#"($self, value, /)"#)),
    ("list", "__imul__", r#"Implement self*=value."#, Some(r#"($self, value, /)"#)),
    ("list", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("list", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("list", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("list", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("list", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("list", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("list", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("list", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("list", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("list", "__reversed__", r#"Return a reverse iterator over the list."#, Some(r#"($self, /)"#)),
    ("list", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("list", "__setitem__", r#"Set self[key] to value."#, Some(r#"($self, key, value, /)"#)),
    ("list", "__sizeof__", r#"Return the size of the list in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("list", "append", r#"Append object to the end of the list."#, Some(r#"($self, object, /)"#)),
    ("list", "clear", r#"Remove all items from list."#, Some(r#"($self, /)"#)),
    ("list", "copy", r#"Return a shallow copy of the list."#, Some(r#"($self, /)"#)),
    ("list", "count", r#"Return number of occurrences of value."#, Some(r#"($self, value, /)"#)),
    ("list", "extend", r#"Extend list by appending elements from the iterable."#, Some(r#"($self, iterable, /)"#)),
    ("list", "index", r#"Return first index of value.

Raises ValueError if the value is not present."#, Some(r#"($self, value, start=0, stop=sys.maxsize, /)"#)),
    ("list", "insert", r#"Insert object before index."#, Some(r#"($self, index, object, /)"#)),
    ("list", "pop", r#"Remove and return item at index (default last).

Raises IndexError if list is empty or index is out of range."#, Some(r#"($self, index=-1, /)"#)),
    ("list", "remove", r#"Remove first occurrence of value.

Raises ValueError if the value is not present."#, Some(r#"($self, value, /)"#)),
    ("list", "reverse", r#"Reverse *IN PLACE*."#, Some(r#"($self, /)"#)),
    ("list", "sort", r#"Sort the list in ascending order and return None.

The sort is in-place (i.e. the list itself is modified) and stable (i.e. the
order of two equal elements is maintained).

If a key function is given, apply it once to each list item and sort them,
ascending or descending, according to their function values.

The reverse flag can be set to sort in descending order."#, Some(r#"($self, /, *, key=None, reverse=False)"#)),
    ("list_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("list_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("list_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("list_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("list_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("list_reverseiterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("list_reverseiterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("list_reverseiterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("list_reverseiterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("list_reverseiterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("longrange_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("longrange_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("longrange_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("longrange_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("map", "", r#"Make an iterator that computes the function using arguments from
each of the iterables.  Stops when the shortest iterable is exhausted.

If strict is true and one of the arguments is exhausted before the others,
raise a ValueError."#, Some(r#"(function, iterable, /, *iterables, strict=False)"#)),
    ("map", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("map", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("map", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("map", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("map", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("mappingproxy", "", r#"Read-only proxy of a mapping."#, Some(r#"(mapping)"#)),
    ("mappingproxy", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("mappingproxy", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("mappingproxy", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("mappingproxy", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("mappingproxy", "__ior__", r#"Return self|=value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("mappingproxy", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("mappingproxy", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("mappingproxy", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("mappingproxy", "__reversed__", r#"D.__reversed__() -> reverse iterator"#, Some(r#"($self, /)"#)),
    ("mappingproxy", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("mappingproxy", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("mappingproxy", "copy", r#"D.copy() -> a shallow copy of D"#, Some(r#"($self, /)"#)),
    ("mappingproxy", "get", r#"Return the value for key if key is in the mapping, else default."#, Some(r#"($self, key, default=None, /)"#)),
    ("mappingproxy", "items", r#"D.items() -> a set-like object providing a view on D's items"#, Some(r#"($self, /)"#)),
    ("mappingproxy", "keys", r#"D.keys() -> a set-like object providing a view on D's keys"#, Some(r#"($self, /)"#)),
    ("mappingproxy", "values", r#"D.values() -> an object providing a view on D's values"#, Some(r#"($self, /)"#)),
    ("math", "acos", r#"Return the arc cosine (measured in radians) of x.

The result is between 0 and pi."#, Some(r#"($module, x, /)"#)),
    ("math", "acosh", r#"Return the inverse hyperbolic cosine of x."#, Some(r#"($module, x, /)"#)),
    ("math", "asin", r#"Return the arc sine (measured in radians) of x.

The result is between -pi/2 and pi/2."#, Some(r#"($module, x, /)"#)),
    ("math", "asinh", r#"Return the inverse hyperbolic sine of x."#, Some(r#"($module, x, /)"#)),
    ("math", "atan", r#"Return the arc tangent (measured in radians) of x.

The result is between -pi/2 and pi/2."#, Some(r#"($module, x, /)"#)),
    ("math", "atan2", r#"Return the arc tangent (measured in radians) of y/x.

Unlike atan(y/x), the signs of both x and y are considered."#, Some(r#"($module, y, x, /)"#)),
    ("math", "atanh", r#"Return the inverse hyperbolic tangent of x."#, Some(r#"($module, x, /)"#)),
    ("math", "cbrt", r#"Return the cube root of x."#, Some(r#"($module, x, /)"#)),
    ("math", "ceil", r#"Return the ceiling of x as an Integral.

This is the smallest integer >= x."#, Some(r#"($module, x, /)"#)),
    ("math", "comb", r#"Number of ways to choose k items from n items without repetition and without order.

Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates
to zero when k > n.

Also called the binomial coefficient because it is equivalent
to the coefficient of k-th term in polynomial expansion of the
expression (1 + x)**n.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."#, Some(r#"($module, n, k, /)"#)),
    ("math", "copysign", r#"Return a float with the magnitude (absolute value) of x but the sign of y.

On platforms that support signed zeros, copysign(1.0, -0.0)
returns -1.0.
"#, Some(r#"($module, x, y, /)"#)),
    ("math", "cos", r#"Return the cosine of x (measured in radians)."#, Some(r#"($module, x, /)"#)),
    ("math", "cosh", r#"Return the hyperbolic cosine of x."#, Some(r#"($module, x, /)"#)),
    ("math", "degrees", r#"Convert angle x from radians to degrees."#, Some(r#"($module, x, /)"#)),
    ("math", "dist", r#"Return the Euclidean distance between two points p and q.

The points should be specified as sequences (or iterables) of
coordinates.  Both inputs must have the same dimension.

Roughly equivalent to:
    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"#, Some(r#"($module, p, q, /)"#)),
    ("math", "exp", r#"Return e raised to the power of x."#, Some(r#"($module, x, /)"#)),
    ("math", "exp2", r#"Return 2 raised to the power of x."#, Some(r#"($module, x, /)"#)),
    ("math", "expm1", r#"Return exp(x)-1.

This function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."#, Some(r#"($module, x, /)"#)),
    ("math", "fabs", r#"Return the absolute value of the float x."#, Some(r#"($module, x, /)"#)),
    ("math", "factorial", r#"Find n!."#, Some(r#"($module, n, /)"#)),
    ("math", "floor", r#"Return the floor of x as an Integral.

This is the largest integer <= x."#, Some(r#"($module, x, /)"#)),
    ("math", "fma", r#"Fused multiply-add operation.

Compute (x * y) + z with a single round."#, Some(r#"($module, x, y, z, /)"#)),
    ("math", "fmod", r#"Return fmod(x, y), according to platform C.

x % y may differ."#, Some(r#"($module, x, y, /)"#)),
    ("math", "frexp", r#"Return the mantissa and exponent of x, as pair (m, e).

m is a float and e is an int, such that x = m * 2.**e.
If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."#, Some(r#"($module, x, /)"#)),
    ("math", "fsum", r#"Return an accurate floating-point sum of values in the iterable seq.

Assumes IEEE-754 floating-point arithmetic."#, Some(r#"($module, seq, /)"#)),
    ("math", "gcd", r#"Greatest Common Divisor."#, Some(r#"($module, /, *integers)"#)),
    ("math", "hypot", r#"Multidimensional Euclidean distance from the origin to a point.

Roughly equivalent to:
    sqrt(sum(x**2 for x in coordinates))

For a two dimensional point (x, y), gives the hypotenuse
using the Pythagorean theorem:  sqrt(x*x + y*y).

For example, the hypotenuse of a 3/4/5 right triangle is:

    >>> hypot(3.0, 4.0)
    5.0"#, Some(r#"($module, /, *coordinates)"#)),
    ("math", "isclose", r#"Determine whether two floating-point numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them
must be smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That
is, NaN is not close to anything, even itself.  inf and -inf are
only close to themselves."#, Some(r#"($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)"#)),
    ("math", "isfinite", r#"Return True if x is neither an infinity nor a NaN, and False otherwise."#, Some(r#"($module, x, /)"#)),
    ("math", "isinf", r#"Return True if x is a positive or negative infinity, and False otherwise."#, Some(r#"($module, x, /)"#)),
    ("math", "isnan", r#"Return True if x is a NaN (not a number), and False otherwise."#, Some(r#"($module, x, /)"#)),
    ("math", "isqrt", r#"Return the integer part of the square root of the input."#, Some(r#"($module, n, /)"#)),
    ("math", "lcm", r#"Least Common Multiple."#, Some(r#"($module, /, *integers)"#)),
    ("math", "ldexp", r#"Return x * (2**i).

This is essentially the inverse of frexp()."#, Some(r#"($module, x, i, /)"#)),
    ("math", "log", r#"log(x, [base=math.e])
Return the logarithm of x to the given base.

If the base is not specified, returns the natural logarithm (base e) of x."#, None),
    ("math", "log10", r#"Return the base 10 logarithm of x."#, Some(r#"($module, x, /)"#)),
    ("math", "log1p", r#"Return the natural logarithm of 1+x (base e).

The result is computed in a way which is accurate for x near zero."#, Some(r#"($module, x, /)"#)),
    ("math", "log2", r#"Return the base 2 logarithm of x."#, Some(r#"($module, x, /)"#)),
    ("math", "modf", r#"Return the fractional and integer parts of x.

Both results carry the sign of x and are floats."#, Some(r#"($module, x, /)"#)),
    ("math", "nextafter", r#"Return the floating-point value the given number of steps after x towards y.

If steps is not specified or is None, it defaults to 1.

Raises a TypeError, if x or y is not a double, or if steps is not an integer.
Raises ValueError if steps is negative."#, Some(r#"($module, x, y, /, *, steps=None)"#)),
    ("math", "perm", r#"Number of ways to choose k items from n items without repetition and with order.

Evaluates to n! / (n - k)! when k <= n and evaluates
to zero when k > n.

If k is not specified or is None, then k defaults to n
and the function returns n!.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."#, Some(r#"($module, n, k=None, /)"#)),
    ("math", "pow", r#"Return x**y (x to the power of y)."#, Some(r#"($module, x, y, /)"#)),
    ("math", "prod", r#"Calculate the product of all the elements in the input iterable.

The default start value for the product is 1.

When the iterable is empty, return the start value.  This function is
intended specifically for use with numeric values and may reject
non-numeric types."#, Some(r#"($module, iterable, /, *, start=1)"#)),
    ("math", "radians", r#"Convert angle x from degrees to radians."#, Some(r#"($module, x, /)"#)),
    ("math", "remainder", r#"Difference between x and the closest integer multiple of y.

Return x - n*y where n*y is the closest integer multiple of y.
In the case where x is exactly halfway between two multiples of
y, the nearest even value of n is used. The result is always exact."#, Some(r#"($module, x, y, /)"#)),
    ("math", "sin", r#"Return the sine of x (measured in radians)."#, Some(r#"($module, x, /)"#)),
    ("math", "sinh", r#"Return the hyperbolic sine of x."#, Some(r#"($module, x, /)"#)),
    ("math", "sqrt", r#"Return the square root of x."#, Some(r#"($module, x, /)"#)),
    ("math", "sumprod", r#"Return the sum of products of values from two iterables p and q.

Roughly equivalent to:

    sum(map(operator.mul, p, q, strict=True))

For float and mixed int/float inputs, the intermediate products
and sums are computed with extended precision."#, Some(r#"($module, p, q, /)"#)),
    ("math", "tan", r#"Return the tangent of x (measured in radians)."#, Some(r#"($module, x, /)"#)),
    ("math", "tanh", r#"Return the hyperbolic tangent of x."#, Some(r#"($module, x, /)"#)),
    ("math", "trunc", r#"Truncates the Real x to the nearest Integral toward 0.

Uses the __trunc__ magic method."#, Some(r#"($module, x, /)"#)),
    ("math", "ulp", r#"Return the value of the least significant bit of the float x."#, Some(r#"($module, x, /)"#)),
    ("method", "", r#"Create a bound instance method object."#, Some(r#"(function, instance, /)"#)),
    ("method", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("method", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("method", "__func__", r#"the function (or other callable) implementing a method"#, None),
    ("method", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("method", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("method", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("method", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("method", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("method", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("method", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("method", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("method", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("method", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("method", "__self__", r#"the instance to which a method is bound"#, None),
    ("method-wrapper", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("method-wrapper", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("method-wrapper", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("method-wrapper", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("method_descriptor", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("method_descriptor", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("method_descriptor", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("module", "", r#"Create a module object.

The name must be a string; the optional doc argument can have any type."#, Some(r#"(name, doc=None)"#)),
    ("module", "__dir__", r#"__dir__() -> list
specialized dir() implementation"#, Some(r#"($self, /)"#)),
    ("module", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("module", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("module", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("module", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("object", "", r#"The base class of the class hierarchy.

When called, it accepts no arguments and returns a new featureless
instance that has no instance attributes and cannot be given any.
"#, Some(r#"()"#)),
    ("object", "__class__", r#"the object's class"#, None),
    ("object", "__delattr__", r#"Implement delattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("object", "__dir__", r#"Default dir() implementation."#, Some(r#"($self, /)"#)),
    ("object", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("object", "__format__", r#"Default object formatter.

Return str(self) if format_spec is empty. Raise TypeError otherwise."#, Some(r#"($self, format_spec, /)"#)),
    ("object", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("object", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("object", "__getstate__", r#"Helper for pickle."#, Some(r#"($self, /)"#)),
    ("object", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("object", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("object", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("object", "__init_subclass__", r#"This method is called when a class is subclassed.

The default implementation does nothing. It may be
overridden to extend subclasses.
"#, Some(r#"($type, /)"#)),
    ("object", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("object", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("object", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("object", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("object", "__reduce__", r#"Helper for pickle."#, Some(r#"($self, /)"#)),
    ("object", "__reduce_ex__", r#"Helper for pickle."#, Some(r#"($self, protocol, /)"#)),
    ("object", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("object", "__setattr__", r#"Implement setattr(self, name, value)."#, Some(r#"($self, name, value, /)"#)),
    ("object", "__sizeof__", r#"Size of object in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("object", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("object", "__subclasshook__", r#"Abstract classes can override this to customize issubclass().

This is invoked early on by abc.ABCMeta.__subclasscheck__().
It should return True, False or NotImplemented.  If it returns
NotImplemented, the normal algorithm is used.  Otherwise, it
overrides the normal algorithm (and the outcome is cached).
"#, Some(r#"($type, object, /)"#)),
    ("os", "getcwd", r#"Return a unicode string representing the current working directory."#, Some(r#"($module, /)"#)),
    ("os", "getenv", r#"Get an environment variable, return None if it doesn't exist.
The optional second argument can specify an alternate default.
key, default and the result are str."#, None),
    ("os", "getpid", r#"Return the current process id."#, Some(r#"($module, /)"#)),
    ("os", "listdir", r#"Return a list containing the names of the files in the directory.

path can be specified as either str, bytes, or a path-like object.  If path is bytes,
  the filenames returned will also be bytes; in all other circumstances
  the filenames returned will be str.
If path is None, uses the path='.'.
On some platforms, path may also be specified as an open file descriptor;\
  the file descriptor must refer to a directory.
  If this functionality is unavailable, using it raises NotImplementedError.

The list is in arbitrary order.  It does not include the special
entries '.' and '..' even if they are present in the directory."#, Some(r#"($module, /, path=None)"#)),
    ("os", "makedirs", r#"makedirs(name [, mode=0o777][, exist_ok=False])

Super-mkdir; create a leaf directory and all intermediate ones.  Works like
mkdir, except that any intermediate path segment (not just the rightmost)
will be created if it does not exist. If the target directory already
exists, raise an OSError if exist_ok is False. Otherwise no exception is
raised.  This is recursive.

"#, None),
    ("os", "mkdir", r#"Create a directory.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError.

The mode argument is ignored on Windows. Where it is used, the current umask
value is first masked out."#, Some(r#"($module, /, path, mode=511, *, dir_fd=None)"#)),
    ("os", "remove", r#"Remove a file (same as unlink()).

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."#, Some(r#"($module, /, path, *, dir_fd=None)"#)),
    ("os", "rename", r#"Rename a file or directory.

If either src_dir_fd or dst_dir_fd is not None, it should be a file
  descriptor open to a directory, and the respective path string (src or dst)
  should be relative; the path will then be relative to that directory.
src_dir_fd and dst_dir_fd, may not be implemented on your platform.
  If they are unavailable, using them will raise a NotImplementedError."#, Some(r#"($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"#)),
    ("os", "rmdir", r#"Remove a directory.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."#, Some(r#"($module, /, path, *, dir_fd=None)"#)),
    ("os", "unlink", r#"Remove a file (same as remove()).

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."#, Some(r#"($module, /, path, *, dir_fd=None)"#)),
    ("property", "", r#"Property attribute.

  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring

Typical use is to define a managed attribute x:

class C(object):
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")

Decorators make defining new properties or modifying existing ones easy:

class C(object):
    @property
    def x(self):
        "I am the 'x' property."
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
    @x.deleter
    def x(self):
        del self._x"#, Some(r#"(fget=None, fset=None, fdel=None, doc=None)"#)),
    ("property", "__delete__", r#"Delete an attribute of instance."#, Some(r#"($self, instance, /)"#)),
    ("property", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("property", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("property", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("property", "__set__", r#"Set an attribute of instance to value."#, Some(r#"($self, instance, value, /)"#)),
    ("property", "__set_name__", r#"Method to set name of a property."#, Some(r#"($self, owner, name, /)"#)),
    ("property", "deleter", r#"Descriptor to obtain a copy of the property with a different deleter."#, Some(r#"($self, object, /)"#)),
    ("property", "getter", r#"Descriptor to obtain a copy of the property with a different getter."#, Some(r#"($self, object, /)"#)),
    ("property", "setter", r#"Descriptor to obtain a copy of the property with a different setter."#, Some(r#"($self, object, /)"#)),
    ("range", "", r#"range(stop) -> range object
range(start, stop[, step]) -> range object

Return an object that produces a sequence of integers from start (inclusive)
to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
These are exactly the valid indices for a list of 4 elements.
When step is given, it specifies the increment (or decrement)."#, None),
    ("range", "__bool__", r#"True if self else False"#, Some(r#"($self, /)"#)),
    ("range", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("range", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("range", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("range", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("range", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("range", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("range", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("range", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("range", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("range", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("range", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("range", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("range", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("range", "__reversed__", r#"Return a reverse iterator."#, Some(r#"($self, /)"#)),
    ("range", "count", r#"rangeobject.count(value) -> integer -- return number of occurrences of value"#, Some(r#"($self, object, /)"#)),
    ("range", "index", r#"rangeobject.index(value) -> integer -- return index of value.
Raise ValueError if the value is not present."#, Some(r#"($self, object, /)"#)),
    ("range_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("range_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("range_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("range_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("range_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("reversed", "", r#"Return a reverse iterator over the values of the given sequence."#, Some(r#"(sequence, /)"#)),
    ("reversed", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("reversed", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("reversed", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("reversed", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("reversed", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("reversed", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("set", "", r#"Build an unordered collection of unique elements."#, Some(r#"(iterable=(), /)"#)),
    ("set", "__and__", r#"Return self&value."#, Some(r#"($self, value, /)"#)),
    ("set", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("set", "__contains__", r#"x.__contains__(y) <==> y in x."#, Some(r#"($self, object, /)"#)),
    ("set", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("set", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("set", "__iand__", r#"Return self&=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("set", "__ior__", r#"Return self|=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__isub__", r#"Return self-=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("set", "__ixor__", r#"Return self^=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("set", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("set", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("set", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("set", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("set", "__rand__", r#"Return value&self."#, Some(r#"($self, value, /)"#)),
    ("set", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("set", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("set", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("set", "__rsub__", r#"Return value-self."#, Some(r#"($self, value, /)"#)),
    ("set", "__rxor__", r#"Return value^self."#, Some(r#"($self, value, /)"#)),
    ("set", "__sizeof__", r#"S.__sizeof__() -> size of S in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("set", "__sub__", r#"Return self-value."#, Some(r#"($self, value, /)"#)),
    ("set", "__xor__", r#"Return self^value."#, Some(r#"($self, value, /)"#)),
    ("set", "add", r#"Add an element to a set.

This has no effect if the element is already present."#, Some(r#"($self, object, /)"#)),
    ("set", "clear", r#"Remove all elements from this set."#, Some(r#"($self, /)"#)),
    ("set", "copy", r#"Return a shallow copy of a set."#, Some(r#"($self, /)"#)),
    ("set", "difference", r#"Return a new set with elements in the set that are not in the others."#, Some(r#"($self, /, *others)"#)),
    ("set", "difference_update", r#"Update the set, removing elements found in others."#, Some(r#"($self, /, *others)"#)),
    ("set", "discard", r#"Remove an element from a set if it is a member.

Unlike set.remove(), the discard() method does not raise
an exception when an element is missing from the set."#, Some(r#"($self, object, /)"#)),
    ("set", "intersection", r#"Return a new set with elements common to the set and all others."#, Some(r#"($self, /, *others)"#)),
    ("set", "intersection_update", r#"Update the set, keeping only elements found in it and all others."#, Some(r#"($self, /, *others)"#)),
    ("set", "isdisjoint", r#"Return True if two sets have a null intersection."#, Some(r#"($self, other, /)"#)),
    ("set", "issubset", r#"Report whether another set contains this set."#, Some(r#"($self, other, /)"#)),
    ("set", "issuperset", r#"Report whether this set contains another set."#, Some(r#"($self, other, /)"#)),
    ("set", "pop", r#"Remove and return an arbitrary set element.

Raises KeyError if the set is empty."#, Some(r#"($self, /)"#)),
    ("set", "remove", r#"Remove an element from a set; it must be a member.

If the element is not a member, raise a KeyError."#, Some(r#"($self, object, /)"#)),
    ("set", "symmetric_difference", r#"Return a new set with elements in either the set or other but not both."#, Some(r#"($self, other, /)"#)),
    ("set", "symmetric_difference_update", r#"Update the set, keeping only elements found in either set, but not in both."#, Some(r#"($self, other, /)"#)),
    ("set", "union", r#"Return a new set with elements from the set and all others."#, Some(r#"($self, /, *others)"#)),
    ("set", "update", r#"Update the set, adding elements from all others."#, Some(r#"($self, /, *others)"#)),
    ("set_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("set_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("set_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("set_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("slice", "", r#"slice(stop)
slice(start, stop[, step])

Create a slice object.  This is used for extended slicing (e.g. a[0:10:2])."#, None),
    ("slice", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("slice", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("slice", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("slice", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("slice", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("slice", "indices", r#"S.indices(len) -> (start, stop, stride)

Assuming a sequence of length len, calculate the start and stop
indices, and the stride length of the extended slice described by
S. Out of bounds indices are clipped in a manner consistent with the
handling of normal slices."#, Some(r#"($self, object, /)"#)),
    ("staticmethod", "", r#"Convert a function to be a static method.

A static method does not receive an implicit first argument.
To declare a static method, use this idiom:

     class C:
         @staticmethod
         def f(arg1, arg2, argN):
             ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()). Both the class and the instance are ignored, and
neither is passed implicitly as the first argument to the method.

Static methods in Python are similar to those found in Java or C++.
For a more advanced concept, see the classmethod builtin."#, Some(r#"(function, /)"#)),
    ("staticmethod", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("staticmethod", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("staticmethod", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("staticmethod", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("staticmethod", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("str", "", r#"str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to 'utf-8'.
errors defaults to 'strict'."#, None),
    ("str", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("str", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("str", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("str", "__format__", r#"Return a formatted version of the string as described by format_spec."#, Some(r#"($self, format_spec, /)"#)),
    ("str", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("str", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("str", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("str", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("str", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("str", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("str", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("str", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("str", "__mod__", r#"Return self%value."#, Some(r#"($self, value, /)"#)),
    ("str", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("str", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("str", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("str", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("str", "__rmod__", r#"Return value%self."#, Some(r#"($self, value, /)"#)),
    ("str", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("str", "__sizeof__", r#"Return the size of the string in memory, in bytes."#, Some(r#"($self, /)"#)),
    ("str", "__str__", r#"Return str(self)."#, Some(r#"($self, /)"#)),
    ("str", "capitalize", r#"Return a capitalized version of the string.

More specifically, make the first character have upper case and the rest lower
case."#, Some(r#"($self, /)"#)),
    ("str", "casefold", r#"Return a version of the string suitable for caseless comparisons."#, Some(r#"($self, /)"#)),
    ("str", "center", r#"Return a centered string of length width.

Padding is done using the specified fill character (default is a space)."#, Some(r#"($self, width, fillchar=' ', /)"#)),
    ("str", "count", r#"Return the number of non-overlapping occurrences of substring sub in string S[start:end].

Optional arguments start and end are interpreted as in slice notation."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("str", "encode", r#"Encode the string using the codec registered for encoding.

  encoding
    The encoding in which to encode the string.
  errors
    The error handling scheme to use for encoding errors.
    The default is 'strict' meaning that encoding errors raise a
    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and
    'xmlcharrefreplace' as well as any other name registered with
    codecs.register_error that can handle UnicodeEncodeErrors."#, Some(r#"($self, /, encoding='utf-8', errors='strict')"#)),
    ("str", "endswith", r#"Return True if the string ends with the specified suffix, False otherwise.

  suffix
    A string or a tuple of strings to try.
  start
    Optional start position. Default: start of the string.
  end
    Optional stop position. Default: end of the string."#, Some(r#"($self, suffix[, start[, end]], /)"#)),
    ("str", "expandtabs", r#"Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."#, Some(r#"($self, /, tabsize=8)"#)),
    ("str", "find", r#"Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].

Optional arguments start and end are interpreted as in slice notation.
Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("str", "format", r#"Return a formatted version of the string, using substitutions from args and kwargs.
The substitutions are identified by braces ('{' and '}')."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("str", "format_map", r#"Return a formatted version of the string, using substitutions from mapping.
The substitutions are identified by braces ('{' and '}')."#, Some(r#"($self, mapping, /)"#)),
    ("str", "index", r#"Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].

Optional arguments start and end are interpreted as in slice notation.
Raises ValueError when the substring is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("str", "isalnum", r#"Return True if the string is an alpha-numeric string, False otherwise.

A string is alpha-numeric if all characters in the string are alpha-numeric and
there is at least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isalpha", r#"Return True if the string is an alphabetic string, False otherwise.

A string is alphabetic if all characters in the string are alphabetic and there
is at least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isascii", r#"Return True if all characters in the string are ASCII, False otherwise.

ASCII characters have code points in the range U+0000-U+007F.
Empty string is ASCII too."#, Some(r#"($self, /)"#)),
    ("str", "isdecimal", r#"Return True if the string is a decimal string, False otherwise.

A string is a decimal string if all characters in the string are decimal and
there is at least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isdigit", r#"Return True if the string is a digit string, False otherwise.

A string is a digit string if all characters in the string are digits and there
is at least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isidentifier", r#"Return True if the string is a valid Python identifier, False otherwise.

Call keyword.iskeyword(s) to test whether string s is a reserved identifier,
such as "def" or "class"."#, Some(r#"($self, /)"#)),
    ("str", "islower", r#"Return True if the string is a lowercase string, False otherwise.

A string is lowercase if all cased characters in the string are lowercase and
there is at least one cased character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isnumeric", r#"Return True if the string is a numeric string, False otherwise.

A string is numeric if all characters in the string are numeric and there is at
least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "isprintable", r#"Return True if all characters in the string are printable, False otherwise.

A character is printable if repr() may use it in its output."#, Some(r#"($self, /)"#)),
    ("str", "isspace", r#"Return True if the string is a whitespace string, False otherwise.

A string is whitespace if all characters in the string are whitespace and there
is at least one character in the string."#, Some(r#"($self, /)"#)),
    ("str", "istitle", r#"Return True if the string is a title-cased string, False otherwise.

In a title-cased string, upper- and title-case characters may only
follow uncased characters and lowercase characters only cased ones."#, Some(r#"($self, /)"#)),
    ("str", "isupper", r#"Return True if the string is an uppercase string, False otherwise.

A string is uppercase if all cased characters in the string are uppercase and
there is at least one cased character in the string."#, Some(r#"($self, /)"#)),
    ("str", "join", r#"Concatenate any number of strings.

The string whose method is called is inserted in between each given string.
The result is returned as a new string.

Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"#, Some(r#"($self, iterable, /)"#)),
    ("str", "ljust", r#"Return a left-justified string of length width.

Padding is done using the specified fill character (default is a space)."#, Some(r#"($self, width, fillchar=' ', /)"#)),
    ("str", "lower", r#"Return a copy of the string converted to lowercase."#, Some(r#"($self, /)"#)),
    ("str", "lstrip", r#"Return a copy of the string with leading whitespace removed.

If chars is given and not None, remove characters in chars instead."#, Some(r#"($self, chars=None, /)"#)),
    ("str", "maketrans", r#"Return a translation table usable for str.translate().

If there is only one argument, it must be a dictionary mapping Unicode
ordinals (integers) or characters to Unicode ordinals, strings or None.
Character keys will be then converted to ordinals.
If there are two arguments, they must be strings of equal length, and
in the resulting dictionary, each character in x will be mapped to the
character at the same position in y. If there is a third argument, it
must be a string, whose characters will be mapped to None in the result."#, Some(r#"(x, y=<unrepresentable>, z=<unrepresentable>, /)"#)),
    ("str", "partition", r#"Partition the string into three parts using the given separator.

This will search for the separator in the string.  If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original string
and two empty strings."#, Some(r#"($self, sep, /)"#)),
    ("str", "removeprefix", r#"Return a str with the given prefix string removed if present.

If the string starts with the prefix string, return string[len(prefix):].
Otherwise, return a copy of the original string."#, Some(r#"($self, prefix, /)"#)),
    ("str", "removesuffix", r#"Return a str with the given suffix string removed if present.

If the string ends with the suffix string and that suffix is not empty,
return string[:-len(suffix)]. Otherwise, return a copy of the original
string."#, Some(r#"($self, suffix, /)"#)),
    ("str", "replace", r#"Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."#, Some(r#"($self, old, new, /, count=-1)"#)),
    ("str", "rfind", r#"Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].

Optional arguments start and end are interpreted as in slice notation.
Return -1 on failure."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("str", "rindex", r#"Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].

Optional arguments start and end are interpreted as in slice notation.
Raises ValueError when the substring is not found."#, Some(r#"($self, sub[, start[, end]], /)"#)),
    ("str", "rjust", r#"Return a right-justified string of length width.

Padding is done using the specified fill character (default is a space)."#, Some(r#"($self, width, fillchar=' ', /)"#)),
    ("str", "rpartition", r#"Partition the string into three parts using the given separator.

This will search for the separator in the string, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty strings
and the original string."#, Some(r#"($self, sep, /)"#)),
    ("str", "rsplit", r#"Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \n \r \t \f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits.
    -1 (the default value) means no limit.

Splitting starts at the end of the string and works to the front."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("str", "rstrip", r#"Return a copy of the string with trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."#, Some(r#"($self, chars=None, /)"#)),
    ("str", "split", r#"Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \n \r \t \f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits.
    -1 (the default value) means no limit.

Splitting starts at the front of the string and works to the end.

Note, str.split() is mainly useful for data that has been intentionally
delimited.  With natural text that includes punctuation, consider using
the regular expression module."#, Some(r#"($self, /, sep=None, maxsplit=-1)"#)),
    ("str", "splitlines", r#"Return a list of the lines in the string, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."#, Some(r#"($self, /, keepends=False)"#)),
    ("str", "startswith", r#"Return True if the string starts with the specified prefix, False otherwise.

  prefix
    A string or a tuple of strings to try.
  start
    Optional start position. Default: start of the string.
  end
    Optional stop position. Default: end of the string."#, Some(r#"($self, prefix[, start[, end]], /)"#)),
    ("str", "strip", r#"Return a copy of the string with leading and trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."#, Some(r#"($self, chars=None, /)"#)),
    ("str", "swapcase", r#"Convert uppercase characters to lowercase and lowercase characters to uppercase."#, Some(r#"($self, /)"#)),
    ("str", "title", r#"Return a version of the string where each word is titlecased.

More specifically, words start with uppercased characters and all remaining
cased characters have lower case."#, Some(r#"($self, /)"#)),
    ("str", "translate", r#"Replace each character in the string using the given translation table.

  table
    Translation table, which must be a mapping of Unicode ordinals to
    Unicode ordinals, strings, or None.

The table must implement lookup/indexing via __getitem__, for instance a
dictionary or list.  If this operation raises LookupError, the character is
left untouched.  Characters mapped to None are deleted."#, Some(r#"($self, table, /)"#)),
    ("str", "upper", r#"Return a copy of the string converted to uppercase."#, Some(r#"($self, /)"#)),
    ("str", "zfill", r#"Pad a numeric string with zeros on the left, to fill a field of the given width.

The string is never truncated."#, Some(r#"($self, width, /)"#)),
    ("str_ascii_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("str_ascii_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("str_ascii_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("str_ascii_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("str_ascii_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("str_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("str_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("str_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("str_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("str_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("struct_time", "", r#"The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."#, None),
    ("struct_time", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("struct_time", "__replace__", r#"Return a copy of the structure with new values for the specified fields."#, Some(r#"($self, /, **changes)"#)),
    ("struct_time", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("struct_time", "tm_gmtoff", r#"offset from UTC in seconds"#, None),
    ("struct_time", "tm_hour", r#"hours, range [0, 23]"#, None),
    ("struct_time", "tm_isdst", r#"1 if summer time is in effect, 0 if not, and -1 if unknown"#, None),
    ("struct_time", "tm_mday", r#"day of month, range [1, 31]"#, None),
    ("struct_time", "tm_min", r#"minutes, range [0, 59]"#, None),
    ("struct_time", "tm_mon", r#"month of year, range [1, 12]"#, None),
    ("struct_time", "tm_sec", r#"seconds, range [0, 61])"#, None),
    ("struct_time", "tm_wday", r#"day of week, range [0, 6], Monday is 0"#, None),
    ("struct_time", "tm_yday", r#"day of year, range [1, 366]"#, None),
    ("struct_time", "tm_year", r#"year, for example, 1993"#, None),
    ("struct_time", "tm_zone", r#"abbreviation of timezone name"#, None),
    ("super", "", r#"super() -> same as super(__class__, <first argument>)
super(type) -> unbound super object
super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)
Typical use to call a cooperative superclass method:
class C(B):
    def meth(self, arg):
        super().meth(arg)
This works for class methods too:
class C(B):
    @classmethod
    def cmeth(cls, arg):
        super().cmeth(arg)
"#, None),
    ("super", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("super", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("super", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("super", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("super", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("super", "__self__", r#"the instance invoking super(); may be None"#, None),
    ("super", "__self_class__", r#"the type of the instance invoking super(); may be None"#, None),
    ("super", "__thisclass__", r#"the class invoking super()"#, None),
    ("sys", "__excepthook__", r#"Handle an exception by displaying it with a traceback on sys.stderr."#, Some(r#"($module, exctype, value, traceback, /)"#)),
    ("sys", "__unraisablehook__", r#"Handle an unraisable exception.

The unraisable argument has the following attributes:

* exc_type: Exception type.
* exc_value: Exception value, can be None.
* exc_traceback: Exception traceback, can be None.
* err_msg: Error message, can be None.
* object: Object causing the exception, can be None."#, Some(r#"($module, unraisable, /)"#)),
    ("sys", "_debugmallocstats", r#"Print summary info to stderr about the state of pymalloc's structures.

In Py_DEBUG mode, also perform some expensive internal consistency
checks."#, Some(r#"($module, /)"#)),
    ("sys", "exc_info", r#"Return current exception information: (type, value, traceback).

Return information about the most recent exception caught by an except
clause in the current stack frame or in an older stack frame."#, Some(r#"($module, /)"#)),
    ("sys", "excepthook", r#"Handle an exception by displaying it with a traceback on sys.stderr."#, Some(r#"($module, exctype, value, traceback, /)"#)),
    ("sys", "exception", r#"Return the current exception.

Return the most recent exception caught by an except clause
in the current stack frame or in an older stack frame, or None
if no such exception exists."#, Some(r#"($module, /)"#)),
    ("sys", "exit", r#"Exit the interpreter by raising SystemExit(status).

If the status is omitted or None, it defaults to zero (i.e., success).
If the status is an integer, it will be used as the system exit status.
If it is another kind of object, it will be printed and the system
exit status will be one (i.e., failure)."#, Some(r#"($module, status=None, /)"#)),
    ("sys", "get_int_max_str_digits", r#"Return the maximum string digits limit for non-binary int<->str conversions."#, Some(r#"($module, /)"#)),
    ("sys", "getallocatedblocks", r#"Return the number of memory blocks currently allocated."#, Some(r#"($module, /)"#)),
    ("sys", "getrecursionlimit", r#"Return the current value of the recursion limit.

The recursion limit is the maximum depth of the Python interpreter
stack.  This limit prevents infinite recursion from causing an overflow
of the C stack and crashing Python."#, Some(r#"($module, /)"#)),
    ("sys", "getrefcount", r#"Return the reference count of object.

The count returned is generally one higher than you might expect,
because it includes the (temporary) reference as an argument to
getrefcount()."#, Some(r#"($module, object, /)"#)),
    ("sys", "getsizeof", r#"getsizeof(object [, default]) -> int

Return the size of object in bytes."#, None),
    ("sys", "intern", r#"``Intern'' the given string.

This enters the string in the (global) table of interned strings whose
purpose is to speed up dictionary lookups. Return the string itself or
the previously interned string object with the same value."#, Some(r#"($module, string, /)"#)),
    ("sys", "is_finalizing", r#"Return True if Python is exiting."#, Some(r#"($module, /)"#)),
    ("sys", "set_int_max_str_digits", r#"Set the maximum string digits limit for non-binary int<->str conversions."#, Some(r#"($module, /, maxdigits)"#)),
    ("sys", "setrecursionlimit", r#"Set the maximum depth of the Python interpreter stack to n.

This limit prevents infinite recursion from causing an overflow of the C
stack and crashing Python.  The highest possible limit is platform-
dependent."#, Some(r#"($module, limit, /)"#)),
    ("sys", "unraisablehook", r#"Handle an unraisable exception.

The unraisable argument has the following attributes:

* exc_type: Exception type.
* exc_value: Exception value, can be None.
* exc_traceback: Exception traceback, can be None.
* err_msg: Error message, can be None.
* object: Object causing the exception, can be None."#, Some(r#"($module, unraisable, /)"#)),
    ("time", "asctime", r#"asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."#, None),
    ("time", "ctime", r#"ctime(seconds) -> string

Convert a time in seconds since the Epoch to a string in local time.
This is equivalent to asctime(localtime(seconds)). When the time tuple is
not present, current time as returned by localtime() is used."#, None),
    ("time", "gmtime", r#"gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."#, None),
    ("time", "localtime", r#"localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)

Convert seconds since the Epoch to a time tuple expressing local time.
When 'seconds' is not passed in, convert the current time instead."#, None),
    ("time", "mktime", r#"mktime(tuple) -> floating-point number

Convert a time tuple in local time to seconds since the Epoch.
Note that mktime(gmtime(0)) will not generally return zero for most
time zones; instead the returned value will either be equal to that
of the timezone or altzone attributes on the time module."#, Some(r#"($self, object, /)"#)),
    ("time", "monotonic", r#"monotonic() -> float

Monotonic clock, cannot go backward."#, Some(r#"($self, /)"#)),
    ("time", "monotonic_ns", r#"monotonic_ns() -> int

Monotonic clock, cannot go backward, as nanoseconds."#, Some(r#"($self, /)"#)),
    ("time", "perf_counter", r#"perf_counter() -> float

Performance counter for benchmarking."#, Some(r#"($self, /)"#)),
    ("time", "perf_counter_ns", r#"perf_counter_ns() -> int

Performance counter for benchmarking as nanoseconds."#, Some(r#"($self, /)"#)),
    ("time", "process_time", r#"process_time() -> float

Process time for profiling: sum of the kernel and user-space CPU time."#, Some(r#"($self, /)"#)),
    ("time", "sleep", r#"sleep(seconds)

Delay execution for a given number of seconds.  The argument may be
a floating-point number for subsecond precision."#, Some(r#"($self, object, /)"#)),
    ("time", "strftime", r#"strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used.

Commonly used format codes:

%Y  Year with century as a decimal number.
%m  Month as a decimal number [01,12].
%d  Day of the month as a decimal number [01,31].
%H  Hour (24-hour clock) as a decimal number [00,23].
%M  Minute as a decimal number [00,59].
%S  Second as a decimal number [00,61].
%z  Time zone offset from UTC.
%a  Locale's abbreviated weekday name.
%A  Locale's full weekday name.
%b  Locale's abbreviated month name.
%B  Locale's full month name.
%c  Locale's appropriate date and time representation.
%I  Hour (12-hour clock) as a decimal number [01,12].
%p  Locale's equivalent of either AM or PM.

Other codes may be available on your platform.  See documentation for
the C library strftime function.
"#, None),
    ("time", "time", r#"time() -> floating-point number

Return the current time in seconds since the Epoch.
Fractions of a second may be present if the system clock provides them."#, Some(r#"($self, /)"#)),
    ("time", "time_ns", r#"time_ns() -> int

Return the current time in nanoseconds since the Epoch."#, Some(r#"($self, /)"#)),
    ("traceback", "format_exc", r#"Like print_exc() but return a string."#, None),
    ("traceback", "format_exception", r#"Format a stack trace and the exception information.

The arguments have the same meaning as the corresponding arguments
to print_exception().  The return value is a list of strings, each
ending in a newline and some containing internal newlines.  When
these lines are concatenated and printed, exactly the same text is
printed as does print_exception().
"#, None),
    ("traceback", "format_exception_only", r#"Format the exception part of a traceback.

The return value is a list of strings, each ending in a newline.

The list contains the exception's message, which is
normally a single string; however, for :exc:`SyntaxError` exceptions, it
contains several lines that (when printed) display detailed information
about where the syntax error occurred. Following the message, the list
contains the exception's ``__notes__``.

When *show_group* is ``True``, and the exception is an instance of
:exc:`BaseExceptionGroup`, the nested exceptions are included as
well, recursively, with indentation relative to their nesting depth.
"#, None),
    ("traceback", "print_exc", r#"Shorthand for 'print_exception(sys.exception(), limit=limit, file=file, chain=chain)'."#, None),
    ("traceback", "print_exception", r#"Print exception up to 'limit' stack trace entries from 'tb' to 'file'.

This differs from print_tb() in the following ways: (1) if
traceback is not None, it prints a header "Traceback (most recent
call last):"; (2) it prints the exception type and value after the
stack trace; (3) if type is SyntaxError and value has the
appropriate format, it prints the line where the syntax error
occurred with a caret on the next line indicating the approximate
position of the error.
"#, None),
    ("tuple", "", r#"Built-in immutable sequence.

If no argument is given, the constructor returns an empty tuple.
If iterable is specified the tuple is initialized from iterable's items.

If the argument is a tuple, the return value is the same object."#, Some(r#"(iterable=(), /)"#)),
    ("tuple", "__add__", r#"Return self+value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__class_getitem__", r#"See PEP 585"#, Some(r#"($type, object, /)"#)),
    ("tuple", "__contains__", r#"Return bool(key in self)."#, Some(r#"($self, key, /)"#)),
    ("tuple", "__eq__", r#"Return self==value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__ge__", r#"Return self>=value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__getitem__", r#"Return self[key]."#, Some(r#"($self, key, /)"#)),
    ("tuple", "__gt__", r#"Return self>value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__hash__", r#"Return hash(self)."#, Some(r#"($self, /)"#)),
    ("tuple", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("tuple", "__le__", r#"Return self<=value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__len__", r#"Return len(self)."#, Some(r#"($self, /)"#)),
    ("tuple", "__lt__", r#"Return self<value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__mul__", r#"Return self*value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__ne__", r#"Return self!=value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("tuple", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("tuple", "__rmul__", r#"Return value*self."#, Some(r#"($self, value, /)"#)),
    ("tuple", "count", r#"Return number of occurrences of value."#, Some(r#"($self, value, /)"#)),
    ("tuple", "index", r#"Return first index of value.

Raises ValueError if the value is not present."#, Some(r#"($self, value, start=0, stop=sys.maxsize, /)"#)),
    ("tuple_iterator", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("tuple_iterator", "__length_hint__", r#"Private method returning an estimate of len(list(it))."#, Some(r#"($self, /)"#)),
    ("tuple_iterator", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("tuple_iterator", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("tuple_iterator", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
    ("type", "", r#"type(object) -> the object's type
type(name, bases, dict, **kwds) -> a new type"#, None),
    ("type", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("type", "__delattr__", r#"Implement delattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("type", "__dir__", r#"Specialized __dir__ implementation for types."#, Some(r#"($self, /)"#)),
    ("type", "__getattribute__", r#"Return getattr(self, name)."#, Some(r#"($self, name, /)"#)),
    ("type", "__init__", r#"Initialize self.  See help(type(self)) for accurate signature."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("type", "__instancecheck__", r#"Check if an object is an instance."#, Some(r#"($self, instance, /)"#)),
    ("type", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("type", "__or__", r#"Return self|value."#, Some(r#"($self, value, /)"#)),
    ("type", "__prepare__", r#"Create the namespace for the class statement"#, Some(r#"($cls, name, bases, /, **kwds)"#)),
    ("type", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("type", "__ror__", r#"Return value|self."#, Some(r#"($self, value, /)"#)),
    ("type", "__setattr__", r#"Implement setattr(self, name, value)."#, Some(r#"($self, name, value, /)"#)),
    ("type", "__sizeof__", r#"Return memory consumption of the type object."#, Some(r#"($self, /)"#)),
    ("type", "__subclasscheck__", r#"Check if a class is a subclass."#, Some(r#"($self, subclass, /)"#)),
    ("type", "__subclasses__", r#"Return a list of immediate subclasses."#, Some(r#"($self, /)"#)),
    ("type", "mro", r#"Return a type's method resolution order."#, Some(r#"($self, /)"#)),
    ("version_info", "", r#"sys.version_info

Version information as a named tuple."#, None),
    ("version_info", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("version_info", "major", r#"Major release number"#, None),
    ("version_info", "micro", r#"Patch release number"#, None),
    ("version_info", "minor", r#"Minor release number"#, None),
    ("version_info", "releaselevel", r#"'alpha', 'beta', 'candidate', or 'final'"#, None),
    ("version_info", "serial", r#"Serial release number"#, None),
    ("wrapper_descriptor", "__call__", r#"Call self as a function."#, Some(r#"($self, /, *args, **kwargs)"#)),
    ("wrapper_descriptor", "__get__", r#"Return an attribute of instance, which is of type owner."#, Some(r#"($self, instance, owner=None, /)"#)),
    ("wrapper_descriptor", "__repr__", r#"Return repr(self)."#, Some(r#"($self, /)"#)),
    ("zip", "", r#"The zip object yields n-length tuples, where n is the number of iterables
passed as positional arguments to zip().  The i-th element in every tuple
comes from the i-th iterable argument to zip().  This continues until the
shortest argument is exhausted.

If strict is true and one of the arguments is exhausted before the others,
raise a ValueError.

   >>> list(zip('abcdefg', range(3), range(4)))
   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]"#, Some(r#"(*iterables, strict=False)"#)),
    ("zip", "__iter__", r#"Implement iter(self)."#, Some(r#"($self, /)"#)),
    ("zip", "__new__", r#"Create and return a new object.  See help(type) for accurate signature."#, Some(r#"($type, *args, **kwargs)"#)),
    ("zip", "__next__", r#"Implement next(self)."#, Some(r#"($self, /)"#)),
    ("zip", "__reduce__", r#"Return state information for pickling."#, Some(r#"($self, /)"#)),
    ("zip", "__setstate__", r#"Set state information for unpickling."#, Some(r#"($self, object, /)"#)),
];

/// (owner, name, text signature) of the names whose CPython `__doc__` is None,
/// sorted by (owner, name).
#[rustfmt::skip]
pub(crate) static SIGNATURES: &[(&str, &str, &str)] = &[
    ("AttributeError", "__getstate__", r#"($self, /)"#),
    ("AttributeError", "__reduce__", r#"($self, /)"#),
    ("BaseException", "__reduce__", r#"($self, /)"#),
    ("BaseException", "__setstate__", r#"($self, state, /)"#),
    ("ImportError", "__reduce__", r#"($self, /)"#),
    ("NotImplementedType", "__reduce__", r#"($self, /)"#),
    ("OSError", "__reduce__", r#"($self, /)"#),
    ("ProxyType", "__bytes__", r#"($self, /)"#),
    ("ProxyType", "__reversed__", r#"($self, /)"#),
    ("TextIOWrapper", "close", r#"($self, /)"#),
    ("TextIOWrapper", "fileno", r#"($self, /)"#),
    ("TextIOWrapper", "flush", r#"($self, /)"#),
    ("TextIOWrapper", "isatty", r#"($self, /)"#),
    ("TextIOWrapper", "read", r#"($self, size=-1, /)"#),
    ("TextIOWrapper", "readable", r#"($self, /)"#),
    ("TextIOWrapper", "readline", r#"($self, size=-1, /)"#),
    ("TextIOWrapper", "seekable", r#"($self, /)"#),
    ("TextIOWrapper", "writable", r#"($self, /)"#),
    ("TextIOWrapper", "write", r#"($self, text, /)"#),
    ("builtin_function_or_method", "__reduce__", r#"($self, /)"#),
    ("bytes", "__getnewargs__", r#"($self, /)"#),
    ("classmethod", "__class_getitem__", r#"($type, object, /)"#),
    ("ellipsis", "__reduce__", r#"($self, /)"#),
    ("float", "__getnewargs__", r#"($self, /)"#),
    ("int", "__getnewargs__", r#"($self, /)"#),
    ("method", "__reduce__", r#"($self, /)"#),
    ("method-wrapper", "__reduce__", r#"($self, /)"#),
    ("method_descriptor", "__reduce__", r#"($self, /)"#),
    ("range", "__reduce__", r#"($self, /)"#),
    ("staticmethod", "__class_getitem__", r#"($type, object, /)"#),
    ("str", "__getnewargs__", r#"($self, /)"#),
    ("struct_time", "__reduce__", r#"($self, /)"#),
    ("tuple", "__getnewargs__", r#"($self, /)"#),
    ("wrapper_descriptor", "__reduce__", r#"($self, /)"#),
];

/// CPython's docstring and text signature of `owner`'s `name` ("" for a type itself).
pub(crate) fn builtin_doc(owner: &str, name: &str) -> Option<(&'static str, Option<&'static str>)> {
    let i = DOCS
        .binary_search_by(|&(o, n, _, _)| (o, n).cmp(&(owner, name)))
        .ok()?;
    Some((DOCS[i].2, DOCS[i].3))
}

/// The text signature of `owner`'s `name` when CPython gives it one but no docstring.
pub(crate) fn builtin_signature(owner: &str, name: &str) -> Option<&'static str> {
    let i = SIGNATURES
        .binary_search_by(|&(o, n, _)| (o, n).cmp(&(owner, name)))
        .ok()?;
    Some(SIGNATURES[i].2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        for pair in DOCS.windows(2) {
            assert!(
                (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1),
                "{:?}",
                (pair[0].0, pair[0].1)
            );
        }
        for pair in SIGNATURES.windows(2) {
            assert!(
                (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1),
                "{:?}",
                (pair[0].0, pair[0].1)
            );
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(
            builtin_doc("list", "append"),
            Some((
                "Append object to the end of the list.",
                Some("($self, object, /)")
            ))
        );
        assert_eq!(
            builtin_doc("builtins", "len").map(|(_, sig)| sig),
            Some(Some("($module, obj, /)"))
        );
        assert!(builtin_doc("int", "").is_some());
        assert_eq!(
            builtin_signature("tuple", "__getnewargs__"),
            Some("($self, /)")
        );
        assert_eq!(builtin_doc("list", "no_such_name"), None);
    }
}
