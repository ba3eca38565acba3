"""Shallow and deep copy operations: CPython's Lib/copy.py, with the reduce protocol of
copyreg (`__reduce_ex__(4)`) spelled out for the types ouro has.

copy(x) and deepcopy(x, memo) return what CPython returns, build copies through the same
calls (`cls.__new__(cls)`, `__copy__`, `__deepcopy__(memo)`, `__getstate__`, `__setstate__`,
`__reduce_ex__`/`__reduce__` of Python classes), and keep the same memo entries.
"""


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy", "replace"]


def _f():
    pass


_atomic_types = {type(None), int, float, bool, str, bytes, type, range, type(_f),
                 type(len), type(Ellipsis), type(NotImplemented), property}
del _f


def _user_method(cls, name):
    """The method `name` if a Python class on cls's MRO defines it, else None."""
    for klass in cls.__mro__:
        if name in vars(klass):
            if klass in (object, list, dict, set, frozenset, tuple):
                return None
            return vars(klass)[name]
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types:
        return x
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict}


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _state(x):
    """object.__getstate__: the instance dict (None when empty), with the slot values."""
    getstate = _user_method(type(x), "__getstate__")
    if getstate is not None:
        return getstate(x)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = d if d else None
    slots = {}
    for klass in type(x).__mro__:
        for name in vars(klass).get("__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reduce(x):
    """What `x.__reduce_ex__(4)` returns (copyreg's protocol 2+ reduction)."""
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        method = _user_method(cls, name)
        if method is not None:
            return method(x, 4) if name == "__reduce_ex__" else method(x)
    if cls in (set, frozenset):
        return (cls, (list(x),), None)
    if cls.__module__ == "builtins" and not issubclass(cls, BaseException):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if issubclass(cls, (set, frozenset)):
        return (cls, (list(x),), _state(x))
    if issubclass(cls, BaseException):
        return (cls, x.args, _state(x))
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,), _state(x), listiter, dictiter)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (`__replace__`)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
