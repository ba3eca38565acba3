"""pydoc: the plain-text documentation pages of help(), written in Python for ouro.

A port of the text half of CPython 3.14's pydoc (TextDoc, render_doc, Helper) with the
parts of inspect and reprlib it needs, so help(obj) prints what CPython prints when its
output is not a terminal. Loaded on the first help() call (builtins.help imports it).
"""

import sys

__all__ = ['help', 'render_doc', 'getdoc', 'splitdoc', 'describe', 'locate', 'resolve',
           'plain', 'plaintext', 'text', 'TextDoc', 'TextRepr', 'Helper', 'doc']

# ------------------------------------------------------------------ the kinds of objects

def _method_type():
    class C:
        def m(self):
            pass
    return type(C().m)


class _Slotted:
    __slots__ = ('member',)


_FunctionType = type(_method_type)
_MethodType = _method_type()
_BuiltinFunctionType = type(len)
_MethodWrapperType = type((1).__add__)
_WrapperDescriptorType = type(object.__init__)
_MethodDescriptorType = type(str.join)
_ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
_GetSetDescriptorType = type(type.__dict__['__dict__'])
_MemberDescriptorType = type(_Slotted.__dict__['member'])
_ModuleType = type(sys)
_NonUserDefinedCallables = (_WrapperDescriptorType, _MethodWrapperType,
                            _ClassMethodDescriptorType, _BuiltinFunctionType)
del _method_type, _Slotted

_BUILTIN_MODULE_NAMES = getattr(sys, 'builtin_module_names', ('builtins', 'sys'))


def _isclass(obj):
    return isinstance(obj, type)


def _ismodule(obj):
    return isinstance(obj, _ModuleType)


def _isfunction(obj):
    return isinstance(obj, _FunctionType)


def _ismethod(obj):
    return isinstance(obj, _MethodType)


def _isbuiltin(obj):
    return isinstance(obj, _BuiltinFunctionType)


def _ismethodwrapper(obj):
    return isinstance(obj, _MethodWrapperType)


def _ismethoddescriptor(obj):
    if _isclass(obj) or _ismethod(obj) or _isfunction(obj):
        return False
    tp = type(obj)
    return (hasattr(tp, '__get__') and not hasattr(tp, '__set__')
            and not hasattr(tp, '__delete__'))


def _isdatadescriptor(obj):
    if _isclass(obj) or _ismethod(obj) or _isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def _isroutine(obj):
    return (_isbuiltin(obj) or _isfunction(obj) or _ismethod(obj)
            or _ismethoddescriptor(obj) or _ismethodwrapper(obj))


def _iscode(obj):
    return type(obj).__name__ == 'code'


def isdata(object):
    """Check if an object is of a type that probably means it's data."""
    return not (_ismodule(object) or _isclass(object) or _isroutine(object)
                or _iscode(object))


# ------------------------------------------------------------------ inspect's helpers

def _getmro(cls):
    return cls.__mro__


def _getmembers(obj, predicate=None):
    """(name, value) pairs of dir(obj), sorted by name (inspect.getmembers)."""
    results = []
    processed = set()
    names = dir(obj)
    mro = _getmro(obj) if _isclass(obj) else ()
    for key in names:
        try:
            value = getattr(obj, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def _getattr_static(obj, name, default):
    """The attribute as stored, without running descriptors (inspect.getattr_static,
    for the classes and instances pydoc asks about)."""
    if _isclass(obj):
        for base in _getmro(obj):
            if name in base.__dict__:
                return base.__dict__[name]
        for base in _getmro(type(obj)):
            if name in base.__dict__:
                return base.__dict__[name]
        return default
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = {}
    if name in d:
        return d[name]
    for base in _getmro(type(obj)):
        if name in base.__dict__:
            return base.__dict__[name]
    return default


def _classify_class_attrs(cls):
    """(name, kind, defining class, object) for each name in dir(cls)
    (inspect.classify_class_attrs)."""
    mro = _getmro(cls)
    metamro = tuple(c for c in _getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    for name in dir(cls):
        homecls = None
        get_obj = None
        dict_obj = None
        try:
            if name == '__dict__':
                raise Exception("__dict__ is special")
            get_obj = getattr(cls, name)
        except Exception:
            pass
        else:
            homecls = getattr(get_obj, '__objclass__', homecls)
            if homecls not in class_bases:
                homecls = None
                last_cls = None
                for srch_cls in class_bases:
                    if getattr(srch_cls, name, None) is get_obj:
                        last_cls = srch_cls
                for srch_cls in metamro:
                    try:
                        srch_obj = srch_cls.__getattr__(cls, name)
                    except AttributeError:
                        continue
                    if srch_obj is get_obj:
                        last_cls = srch_cls
                if last_cls is not None:
                    homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, _BuiltinFunctionType)):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, _ClassMethodDescriptorType)):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif _isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append((name, kind, homecls, obj))
    return result


def _getclasstree(classes, unique=False):
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walktree(roots, children, None)


def _walktree(classes, children, parent):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(_walktree(children[c], children, c))
    return results


def _getfile(obj):
    if _ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if _isclass(obj):
        if hasattr(obj, '__module__'):
            module = sys.modules.get(obj.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if obj.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(obj))
    if _ismethod(obj):
        obj = obj.__func__
    if _isfunction(obj):
        obj = obj.__code__
    if _iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))


def _getabsfile(obj):
    import os
    filename = _getfile(obj)
    # os.path.normcase is the identity on POSIX.
    return os.path.abspath(filename)


def _getmodule(obj):
    """The module an object was defined in, or None (inspect.getmodule, without the
    search by file name)."""
    if _ismodule(obj):
        return obj
    if hasattr(obj, '__module__'):
        return sys.modules.get(obj.__module__)
    if not hasattr(obj, '__name__'):
        return None
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, obj.__name__, None) is obj:
        return main
    builtin = sys.modules.get('builtins')
    if builtin is not None and getattr(builtin, obj.__name__, None) is obj:
        return builtin
    return None


def _source_lines(obj):
    """The lines of the file an object comes from and the index of its first line."""
    import os
    filename = _getfile(obj)
    if filename.startswith('<') and filename.endswith('>'):
        raise OSError('source code not available')
    if not os.path.exists(filename):
        raise OSError('source code not available')
    with open(filename, encoding='utf-8') as f:
        lines = f.read().splitlines(True)
    if not lines:
        raise OSError('could not get source code')
    if _ismodule(obj):
        return lines, 0
    if _isclass(obj):
        try:
            lnum = vars(obj)['__firstlineno__'] - 1
        except (TypeError, KeyError):
            raise OSError('source code not available')
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    if _ismethod(obj):
        obj = obj.__func__
    if _isfunction(obj):
        obj = obj.__code__
    if _iscode(obj):
        lnum = obj.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _getcomments(obj):
    """The comment lines just above an object's source (inspect.getcomments)."""
    try:
        lines, lnum = _source_lines(obj)
    except (OSError, TypeError, UnicodeDecodeError):
        return None
    if _ismodule(obj):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = _indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and _indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and _indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def _cleandoc(doc):
    """inspect.cleandoc: tabs expanded, the common indentation of lines after the first
    removed, leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(' '))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ------------------------------------------------------------------ signatures

_POSITIONAL_ONLY = 0
_POSITIONAL_OR_KEYWORD = 1
_VAR_POSITIONAL = 2
_KEYWORD_ONLY = 3
_VAR_KEYWORD = 4


class _Empty:
    pass


_empty = _Empty


class _Signature:
    """Parameters as (name, kind, default, annotation) tuples and a return annotation."""

    def __init__(self, params, return_annotation=_empty):
        self.params = params
        self.return_annotation = return_annotation

    def bound(self):
        """The signature without its first parameter (a bound method's self)."""
        params = self.params
        if not params:
            raise ValueError('invalid method signature')
        kind = params[0][1]
        if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
            params = params[1:]
        elif kind != _VAR_POSITIONAL:
            raise ValueError('invalid method signature')
        return _Signature(params, self.return_annotation)

    def format(self, max_width=None):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for name, kind, default, annotation in self.params:
            formatted = name
            if annotation is not _empty:
                formatted = '{}: {}'.format(formatted, _formatannotation(annotation))
            if default is not _empty:
                if annotation is not _empty:
                    formatted = '{} = {}'.format(formatted, repr(default))
                else:
                    formatted = '{}={}'.format(formatted, repr(default))
            if kind == _VAR_POSITIONAL:
                formatted = '*' + formatted
            elif kind == _VAR_KEYWORD:
                formatted = '**' + formatted
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(_formatannotation(self.return_annotation))
        return rendered


def _formatannotation(annotation):
    # The annotations are values here (CPython reads their source text): a string is shown
    # as it is, a class by its qualified name.
    if isinstance(annotation, str):
        return annotation
    if type(annotation).__name__ == 'GenericAlias':
        return str(annotation)
    if isinstance(annotation, type):
        return annotation.__qualname__
    return repr(annotation)


def _annotations_of(func):
    try:
        annotations = func.__annotations__
    except Exception:
        return {}
    if not isinstance(annotations, dict):
        return {}
    return annotations


def _signature_from_function(func):
    co = func.__code__
    pos_count = co.co_argcount
    posonly_count = co.co_posonlyargcount
    keyword_only_count = co.co_kwonlyargcount
    names = co.co_varnames
    flags = co.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = _annotations_of(func)
    params = []
    non_default_count = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        params.append((name, kind, default, annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if flags & 0x04:
        name = names[index]
        params.append((name, _VAR_POSITIONAL, _empty, annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + keyword_only_count]:
        params.append((name, _KEYWORD_ONLY, kwdefaults.get(name, _empty),
                       annotations.get(name, _empty)))
    if flags & 0x08:
        name = names[index]
        params.append((name, _VAR_KEYWORD, _empty, annotations.get(name, _empty)))
    return _Signature(params, annotations.get('return', _empty))


def _signature_fromstr(obj, s, skip_bound_arg=True):
    """The signature an Argument Clinic __text_signature__ describes."""
    self_parameter = None
    text = s.strip()
    dollar = text.find('$')
    if dollar >= 0:
        self_parameter = text[:dollar].count(',')
        text = text[:dollar] + text[dollar + 1:]
    module_name = getattr(obj, '__module__', None)
    if not module_name:
        objclass = getattr(obj, '__objclass__', None)
        module_name = getattr(objclass, '__module__', None)
    namespace = dict(sys.modules)
    module = sys.modules.get(module_name) if isinstance(module_name, str) else None
    if module is not None:
        namespace.update(module.__dict__)
    try:
        exec('def _f' + text + ': pass', namespace)
    except Exception:
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    sig = _signature_from_function(namespace['_f'])
    params = sig.params
    if self_parameter is not None and params:
        self_obj = getattr(obj, '__self__', None)
        if (self_obj is not None and (_ismodule(self_obj) or skip_bound_arg)) \
                or params[0][0] == 'module':
            params = params[1:]
        else:
            name, kind, default, annotation = params[0]
            params = [(name, _POSITIONAL_ONLY, default, annotation)] + params[1:]
    return _Signature(params)


def _signature_is_builtin(obj):
    return (_isbuiltin(obj) or _ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _signature_from_builtin(obj, skip_bound_arg=True):
    s = getattr(obj, '__text_signature__', None)
    if not s:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return _signature_fromstr(obj, s, skip_bound_arg)


def _unwrap(func, stop):
    seen = set()
    while hasattr(func, '__wrapped__') and not stop(func):
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _descriptor_get(descriptor, obj):
    if _isclass(descriptor):
        return descriptor
    get = getattr(type(descriptor), '__get__', None)
    if get is None:
        return descriptor
    return get(descriptor, obj, type(obj))


def _user_defined_method(cls, method_name):
    if method_name == '__new__':
        meth = getattr(cls, method_name, None)
    else:
        meth = _getattr_static(cls, method_name, None)
    if meth is None:
        return None
    unwrapped = _unwrap(meth, lambda m: hasattr(m, '__signature__') or _signature_is_builtin(m))
    if isinstance(meth, _NonUserDefinedCallables) or isinstance(unwrapped, _NonUserDefinedCallables):
        return None
    if method_name != '__new__':
        meth = _descriptor_get(meth, cls)
    return meth


def signature(obj):
    """The signature of a callable (inspect.signature), or ValueError/TypeError."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if _ismethod(obj):
        return signature(obj.__func__).bound()
    obj = _unwrap(obj, lambda f: hasattr(f, '__signature__') or _ismethod(f))
    if _ismethod(obj):
        return signature(obj)
    if _isfunction(obj):
        return _signature_from_function(obj)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(obj)
    if _isclass(obj):
        call = _user_defined_method(type(obj), '__call__')
        if call is not None:
            return signature(call)
        new = _user_defined_method(obj, '__new__')
        init = _user_defined_method(obj, '__init__')
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                return signature(new).bound()
            elif init is not None and '__init__' in base.__dict__:
                return signature(init)
        for base in obj.__mro__[:-1]:
            try:
                text_sig = base.__text_signature__
            except AttributeError:
                pass
            else:
                if text_sig:
                    return _signature_fromstr(base, text_sig)
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return _signature_from_builtin(object)
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = _getattr_static(type(obj), '__call__', None)
        if call is not None:
            try:
                text_sig = obj.__text_signature__
            except AttributeError:
                pass
            else:
                if text_sig:
                    return _signature_fromstr(obj, text_sig)
            return signature(_descriptor_get(call, obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _strip_bound_arg(argspec):
    """'(self, a)' -> '(a)', '(self, /, a)' -> '(a)', '(self)' -> '()'."""
    i = 1
    while i < len(argspec) and (argspec[i].isalnum() or argspec[i] == '_'):
        i += 1
    if i == 1:
        return argspec
    if argspec[i:i + 1] == ')':
        return '(' + argspec[i:]
    if argspec[i:i + 1] != ',':
        return argspec
    i += 1
    while argspec[i:i + 1].isspace():
        i += 1
    if argspec[i:i + 1] == '/':
        if argspec[i + 1:i + 2] == ')':
            i += 1
        elif argspec[i + 1:i + 2] == ',':
            i += 2
            while argspec[i:i + 1].isspace():
                i += 1
    return '(' + argspec[i:]


def _getargspec(object):
    try:
        sig = signature(object)
        name = getattr(object, '__name__', '')
        max_width = (80 - len(name)) if name != '<lambda>' else None
        return sig.format(max_width=max_width)
    except (ValueError, TypeError):
        argspec = getattr(object, '__text_signature__', None)
        if argspec:
            if argspec[:2] == '($':
                argspec = '(' + argspec[2:]
            if getattr(object, '__self__', None) is not None:
                argspec = _strip_bound_arg(argspec)
        return argspec


# ------------------------------------------------------------------ docstrings

def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not _isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if _ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if (_isclass(self) and
                getattr(getattr(self, name, None), '__func__') is obj.__func__):
            cls = self
        else:
            cls = self.__class__
    elif _isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif _isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if (_isclass(self) and
                self.__qualname__ + '.' + name == obj.__qualname__):
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        name = obj.__name__
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif _ismethoddescriptor(obj) or _isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if isinstance(obj, _MemberDescriptorType):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _getowndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getowndoc(obj):
    """The object's docstring, if it is not inherited from its class."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
        if doc is None:
            return None
        if obj is not type:
            typedoc = type(obj).__doc__
            if isinstance(typedoc, str) and typedoc == doc:
                return None
        return doc
    except AttributeError:
        return None


def _getdoc(object):
    doc = _getowndoc(object)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return _cleandoc(doc)


def getdoc(object):
    """Get the doc string or comments for an object."""
    result = _getdoc(object) or _getcomments(object)
    if not result:
        return ''
    result = result.rstrip()
    # A first line of nothing but spaces goes.
    i = 0
    while result[i:i + 1] == ' ':
        i += 1
    if result[i:i + 1] == '\n':
        result = result[i + 1:]
    return result


def splitdoc(doc):
    """Split a doc string into a synopsis line (if any) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    elif len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


# ------------------------------------------------------------------ naming

def classname(object, modname):
    """Get a class name and qualify it with a module name if necessary."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def parentname(object, modname):
    """The name of the enclosing class (with its module if needed) or module."""
    if '.' in object.__qualname__:
        name = object.__qualname__.rpartition('.')[0]
        if object.__module__ != modname and object.__module__ is not None:
            return object.__module__ + '.' + name
        else:
            return name
    else:
        if object.__module__ != modname:
            return object.__module__


def replace(text, *pairs):
    """Do a series of global replacements on a string."""
    while pairs:
        text = pairs[1].join(text.split(pairs[0]))
        pairs = pairs[2:]
    return text


def cram(text, maxlen):
    """Omit part of a string if needed to make it fit in a maximum length."""
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


_HEXDIGITS = '0123456789abcdefABCDEF'


def stripid(text):
    """Remove the hexadecimal id from a Python object representation."""
    end = len(text)
    while end > 0 and text[end - 1] == '>':
        end -= 1
    if end == len(text):
        return text
    start = end
    while start > 0 and text[start - 1] in _HEXDIGITS:
        start -= 1
    if not 6 <= end - start <= 16 or not text[:start].lower().endswith(' at 0x'):
        return text
    return text[:start - 6] + text[end:]


def _is_bound_method(fn):
    if _ismethod(fn):
        return True
    if _isbuiltin(fn):
        self = getattr(fn, '__self__', None)
        return not (_ismodule(self) or (self is None))
    return False


def _split_list(s, predicate):
    yes = []
    no = []
    for x in s:
        if predicate(x):
            yes.append(x)
        else:
            no.append(x)
    return yes, no


def visiblename(name, all=None, obj=None):
    """Decide whether to show documentation on a variable."""
    if name in {'__author__', '__builtins__', '__cached__', '__credits__',
                '__date__', '__doc__', '__file__', '__spec__',
                '__loader__', '__module__', '__name__', '__package__',
                '__path__', '__qualname__', '__slots__', '__version__',
                '__static_attributes__', '__firstlineno__',
                '__annotate_func__', '__annotations_cache__'}:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    else:
        return not name.startswith('_')


def classify_class_attrs(object):
    """inspect's classification, with data descriptors and bound methods told apart."""
    results = []
    for (name, kind, cls, value) in _classify_class_attrs(object):
        if _isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        elif kind == 'method' and _is_bound_method(value):
            kind = 'static method'
        results.append((name, kind, cls, value))
    return results


def sort_attributes(attrs, object):
    """Sort the attrs list in place by _fields and then alphabetically by name."""
    fields = getattr(object, '_fields', [])
    try:
        field_order = {name: i - len(fields) for (i, name) in enumerate(fields)}
    except TypeError:
        field_order = {}
    attrs.sort(key=lambda attr: (field_order.get(attr[0], 0), attr[0]))


# ------------------------------------------------------------------ safe reprs

class TextRepr:
    """Class for safely making a text representation of a Python object (reprlib's
    Repr with pydoc's limits)."""

    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 20
        self.maxlist = 20
        self.maxarray = 5
        self.maxdict = 10
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 100
        self.maxlong = 40
        self.maxother = 100
        self.fillvalue = '...'

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            methodname = 'repr_' + '_'.join(type(x).__name__.split())
            if hasattr(self, methodname):
                return getattr(self, methodname)(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            newlevel = level - 1
            pieces = []
            for elem in x:
                if len(pieces) >= maxiter:
                    break
                pieces.append(self.repr1(elem, newlevel))
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        newlevel = level - 1
        pieces = []
        for key in _possibly_sorted(x):
            if len(pieces) >= self.maxdict:
                break
            keyrepr = self.repr1(key, newlevel)
            valrepr = self.repr1(x[key], newlevel)
            pieces.append('%s: %s' % (keyrepr, valrepr))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (', '.join(pieces),)

    def repr_int(self, x, level):
        s = repr(x)
        if len(s) > self.maxlong:
            i = max(0, (self.maxlong - 3) // 2)
            j = max(0, self.maxlong - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in replace(testrepr, r'\\', ''):
            # Backslashes are only literal in the string and are never
            # needed to make any special characters, so show a raw string.
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except:
            return '<%s instance>' % x.__class__.__name__


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


# ------------------------------------------------------------------ the text pages

class TextDoc:
    """Formatter class for text documentation."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        """Format a string in bold by overstriking."""
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        """Indent text by prepending a given prefix to each line."""
        if not text:
            return ''
        lines = [(prefix + line).rstrip() for line in text.split('\n')]
        return '\n'.join(lines)

    def section(self, title, contents):
        """Format a section with a given heading."""
        clean_contents = self.indent(contents).rstrip()
        return self.bold(title) + '\n' + clean_contents + '\n\n'

    def document(self, object, name=None, *args):
        """Generate documentation for an object."""
        args = (object, name) + args
        try:
            if _ismodule(object):
                return self.docmodule(*args)
            if _isclass(object):
                return self.docclass(*args)
            if _isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if _isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    PYTHONDOCS = 'https://docs.python.org/%d.%d/library' % sys.version_info[:2]

    def getdocloc(self, object):
        """Return the location of module docs or None."""
        import os
        try:
            file = _getabsfile(object)
        except TypeError:
            file = '(built-in)'
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        if (_ismodule(object) and
                object.__name__ in ('errno', 'exceptions', 'gc',
                                    'marshal', 'posix', 'signal', 'sys',
                                    '_thread', 'zipimport')):
            if docloc.startswith(('http://', 'https://')):
                docloc = '{}/{}.html'.format(docloc.rstrip('/'), object.__name__.lower())
            else:
                docloc = os.path.join(docloc, object.__name__.lower() + '.html')
        else:
            docloc = None
        return docloc

    def formattree(self, tree, modname, parent=None, prefix=''):
        """Render in text a class tree as returned by getclasstree()."""
        result = ''
        for entry in tree:
            if isinstance(entry, tuple):
                c, bases = entry
                result = result + prefix + classname(c, modname)
                if bases and bases != (parent,):
                    parents = (classname(c, modname) for c in bases)
                    result = result + '(%s)' % ', '.join(parents)
                result = result + '\n'
            elif isinstance(entry, list):
                result = result + self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None, *ignored):
        """Produce text documentation for a given module object."""
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result = result + self.section('MODULE REFERENCE', docloc + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")

        if desc:
            result = result + self.section('DESCRIPTION', desc)

        classes = []
        for key, value in _getmembers(object, _isclass):
            if (all is not None
                    or (_getmodule(value) or object) is object):
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in _getmembers(object, _isroutine):
            if (all is not None
                    or _isbuiltin(value)
                    or (_getmodule(value) or object) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = []
        for key, value in _getmembers(object, isdata):
            if visiblename(key, all, object):
                data.append((key, value))

        modpkgs = []
        modpkgs_names = set()
        if hasattr(object, '__path__'):
            for modname, ispkg in _iter_modules(object.__path__):
                modpkgs_names.add(modname)
                if ispkg:
                    modpkgs.append(modname + ' (package)')
                else:
                    modpkgs.append(modname)
            modpkgs.sort()
            result = result + self.section('PACKAGE CONTENTS', '\n'.join(modpkgs))

        submodules = []
        for key, value in _getmembers(object, _ismodule):
            if value.__name__.startswith(name + '.') and key not in modpkgs_names:
                submodules.append(key)
        if submodules:
            submodules.sort()
            result = result + self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            classlist = [value for key, value in classes]
            contents = [self.formattree(_getclasstree(classlist, 1), name)]
            for key, value in classes:
                contents.append(self.document(value, key, name))
            result = result + self.section('CLASSES', '\n'.join(contents))

        if funcs:
            contents = []
            for key, value in funcs:
                contents.append(self.document(value, key, name))
            result = result + self.section('FUNCTIONS', '\n'.join(contents))

        if data:
            contents = []
            for key, value in data:
                contents.append(self.docother(value, key, name, maxlen=70))
            result = result + self.section('DATA', '\n'.join(contents))

        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            result = result + self.section('VERSION', version)
        if hasattr(object, '__date__'):
            result = result + self.section('DATE', str(object.__date__))
        if hasattr(object, '__author__'):
            result = result + self.section('AUTHOR', str(object.__author__))
        if hasattr(object, '__credits__'):
            result = result + self.section('CREDITS', str(object.__credits__))
        try:
            file = _getabsfile(object)
        except TypeError:
            file = '(built-in)'
        result = result + self.section('FILE', file)
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        """Produce text documentation for a given class object."""
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            parents = map(makename, bases)
            title = title + '(%s)' % ', '.join(parents)

        contents = []
        push = contents.append

        argspec = _getargspec(object)
        if argspec and argspec != '()':
            push(name + argspec + '\n')

        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        # List the mro, if non-trivial.
        mro = list(_getmro(object))
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push('    ' + makename(base))
            push('')

        # List the built-in subclasses, if any.
        subclasses = sorted(
            (str(cls.__name__) for cls in type.__subclasses__(object)
             if (not cls.__name__.startswith("_") and
                 getattr(cls, '__module__', '') == "builtins")),
            key=str.lower
        )
        no_of_subclasses = len(subclasses)
        MAX_SUBCLASSES_TO_DISPLAY = 4
        if subclasses:
            push("Built-in subclasses:")
            for subclassname in subclasses[:MAX_SUBCLASSES_TO_DISPLAY]:
                push('    ' + subclassname)
            if no_of_subclasses > MAX_SUBCLASSES_TO_DISPLAY:
                push('    ... and ' +
                     str(no_of_subclasses - MAX_SUBCLASSES_TO_DISPLAY) +
                     ' other subclasses')
            push('')

        # A horizontal rule between sections.
        needone = [False]

        def maybe_rule():
            if needone[0]:
                push('-' * 70)
            needone[0] = True

        def spill(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                maybe_rule()
                push(msg)
                for name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, name)
                    except Exception:
                        # Some descriptors may meet a failure in their __get__.
                        push(self.docdata(value, name, mod))
                    else:
                        push(self.document(value, name, mod, object, homecls))
            return attrs

        def spilldescriptors(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                maybe_rule()
                push(msg)
                for name, kind, homecls, value in ok:
                    push(self.docdata(value, name, mod))
            return attrs

        def spilldata(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                maybe_rule()
                push(msg)
                for name, kind, homecls, value in ok:
                    doc = getdoc(value)
                    try:
                        obj = getattr(object, name)
                    except AttributeError:
                        obj = homecls.__dict__[name]
                    push(self.docother(obj, name, mod, maxlen=70, doc=doc) + '\n')
            return attrs

        attrs = [(name, kind, cls, value)
                 for name, kind, cls, value in classify_class_attrs(object)
                 if visiblename(name, obj=object)]

        while attrs:
            if mro:
                thisclass = mro.pop(0)
            else:
                thisclass = attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)

            if object is not builtins_object and thisclass is builtins_object:
                attrs = inherited
                continue
            elif thisclass is object:
                tag = "defined here"
            else:
                tag = "inherited from %s" % classname(thisclass, object.__module__)

            sort_attributes(attrs, object)

            # Pump out the attrs, segregated by kind.
            attrs = spill("Methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'method')
            attrs = spill("Class methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'class method')
            attrs = spill("Static methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'static method')
            attrs = spilldescriptors("Readonly properties %s:\n" % tag, attrs,
                                     lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors("Data descriptors %s:\n" % tag, attrs,
                                     lambda t: t[1] == 'data descriptor')
            attrs = spilldata("Data and other attributes %s:\n" % tag, attrs,
                              lambda t: t[1] == 'data')
            attrs = inherited

        contents = '\n'.join(contents)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(contents.rstrip(), ' |  ') + '\n'

    def formatvalue(self, object):
        """Format an argument default value as text."""
        return '=' + self.repr(object)

    def docroutine(self, object, name=None, mod=None, cl=None, homecls=None):
        """Produce text documentation for a function or method object."""
        realname = object.__name__
        name = name or realname
        if homecls is None:
            homecls = cl
        note = ''
        skipdocs = False
        imfunc = None
        if _is_bound_method(object):
            imself = object.__self__
            if imself is cl:
                imfunc = getattr(object, '__func__', None)
            elif _isclass(imself):
                note = ' class method of %s' % classname(imself, mod)
            else:
                note = ' method of %s instance' % classname(imself.__class__, mod)
        elif _ismethoddescriptor(object) or _ismethodwrapper(object):
            try:
                objclass = object.__objclass__
            except AttributeError:
                pass
            else:
                if cl is None:
                    note = ' unbound %s method' % classname(objclass, mod)
                elif objclass is not homecls:
                    note = ' from ' + classname(objclass, mod)
        else:
            imfunc = object
        if _isfunction(imfunc) and homecls is not None and (
                imfunc.__module__ != homecls.__module__ or
                imfunc.__qualname__ != homecls.__qualname__ + '.' + realname):
            pname = parentname(imfunc, mod)
            if pname:
                note = ' from %s' % pname

        if name == realname:
            title = self.bold(realname)
        else:
            if cl is not None and _getattr_static(cl, realname, []) is object:
                skipdocs = True
                if note.startswith(' from '):
                    note = ''
            title = self.bold(name) + ' = ' + realname
        argspec = None

        if _isroutine(object):
            argspec = _getargspec(object)
            if argspec and realname == '<lambda>':
                title = self.bold(name) + ' lambda '
                if not getattr(object, '__annotations__', None):
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = title + argspec + note

        if skipdocs:
            return decl + '\n'
        else:
            doc = getdoc(object) or ''
            return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None, *ignored):
        """Produce text documentation for a data descriptor."""
        results = []
        push = results.append
        if name:
            push(self.bold(name))
            push('\n')
        doc = getdoc(object) or ''
        if doc:
            push(self.indent(doc))
            push('\n')
        return ''.join(results)

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, *ignored,
                 maxlen=None, doc=None):
        """Produce text documentation for a data object."""
        repr = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + repr
            chop = maxlen - len(line)
            if chop < 0:
                repr = repr[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + repr
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


builtins_object = object


class _PlainTextDoc(TextDoc):
    """Subclass of TextDoc which overrides string styling."""

    def bold(self, text):
        return text


def _iter_modules(path):
    """(name, is a package) for the modules and packages in the directories of path."""
    import os
    yielded = set()
    for directory in path:
        try:
            entries = sorted(os.listdir(directory))
        except OSError:
            continue
        for entry in entries:
            full = os.path.join(directory, entry)
            if entry.endswith('.py') and not os.path.isdir(full):
                modname = entry[:-3]
                ispkg = False
                if modname == '__init__':
                    continue
            elif '.' not in entry and os.path.isfile(os.path.join(full, '__init__.py')):
                modname = entry
                ispkg = True
            else:
                continue
            if not modname.isidentifier() or modname in yielded:
                continue
            yielded.add(modname)
            yield modname, ispkg


# ------------------------------------------------------------------ user interfaces

def plain(text):
    """Remove boldface formatting from text."""
    out = []
    i = 0
    while i < len(text):
        if i + 1 < len(text) and text[i + 1] == '\b':
            i += 2
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def describe(thing):
    """Produce a short description of the given thing."""
    if _ismodule(thing):
        if thing.__name__ in _BUILTIN_MODULE_NAMES:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        else:
            return 'module ' + thing.__name__
    if _isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, _GetSetDescriptorType):
        return 'getset descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__,
            thing.__name__)
    if isinstance(thing, _MemberDescriptorType):
        return 'member descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__,
            thing.__name__)
    if _isclass(thing):
        return 'class ' + thing.__name__
    if _isfunction(thing):
        return 'function ' + thing.__name__
    if _ismethod(thing):
        return 'method ' + thing.__name__
    if _ismethodwrapper(thing):
        return 'method wrapper ' + thing.__name__
    if _ismethoddescriptor(thing):
        try:
            return 'method descriptor ' + thing.__name__
        except AttributeError:
            pass
    return type(thing).__name__


def _safeimport(path):
    try:
        __import__(path)
    except ImportError:
        return None
    module = sys.modules.get(path)
    if module is None:
        module = __import__(path)
        for part in path.split('.')[1:]:
            module = getattr(module, part)
    return module


def locate(path, forceload=0):
    """Locate an object by name or dotted path, importing as necessary."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        nextmodule = _safeimport('.'.join(parts[:n + 1]))
        if nextmodule:
            module, n = nextmodule, n + 1
        else:
            break
    if module:
        object = module
    else:
        object = sys.modules['builtins']
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


text = TextDoc()
plaintext = _PlainTextDoc()


def resolve(thing, forceload=0):
    """Given an object or a path to an object, get the object and its name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return object, thing
    else:
        name = getattr(thing, '__name__', None)
        return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """Render text documentation, given an object or a path to an object."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = _getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__

    if not (_ismodule(object) or
            _isclass(object) or
            _isroutine(object) or
            _isdatadescriptor(object) or
            _getdoc(object)):
        # If the passed object is a piece of data or an instance,
        # document its available methods instead of its value.
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0,
        output=None, is_cli=False):
    """Display text documentation, given an object or a path to an object."""
    if output is None:
        try:
            # Not on a terminal pager: the page goes to stdout as plain text.
            sys.stdout.write(plain(render_doc(thing, title, forceload)))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
    else:
        try:
            s = render_doc(thing, title, forceload, plaintext)
        except ImportError as exc:
            s = str(exc)
        output.write(s)


def _introdoc():
    ver = '%d.%d' % sys.version_info[:2]
    return f'''\
Welcome to Python {ver}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{ver}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

You can use the following keyboard shortcuts at the main interpreter prompt.
F1: enter interactive help, F2: enter history browsing mode, F3: enter paste
mode (press again to exit).

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q", "quit" or "exit".
'''


_KEYWORDS = ('False None True and as assert async await break class continue def del '
             'elif else except finally for from global if import in is lambda nonlocal '
             'not or pass raise return try while with yield').split()

_SYMBOLS = ('% ** , . ... : @ \\ := _ __ ` ( ) [ ] \' \'\'\' " """ b\' b" f\' f" r\' r" '
            'u\' u" + - * / // << >> & | ^ ~ < > <= >= == != <> += -= *= /= %= &= |= ^= '
            '<<= >>= **= //= j J').split()

_TOPICS = ('TYPES STRINGS STRINGMETHODS FORMATTING UNICODE NUMBERS INTEGER FLOAT COMPLEX '
           'SEQUENCES MAPPINGS FUNCTIONS METHODS CODEOBJECTS TYPEOBJECTS FRAMEOBJECTS '
           'TRACEBACKS NONE ELLIPSIS SPECIALATTRIBUTES CLASSES MODULES PACKAGES EXPRESSIONS '
           'OPERATORS PRECEDENCE OBJECTS SPECIALMETHODS BASICMETHODS ATTRIBUTEMETHODS '
           'CALLABLEMETHODS SEQUENCEMETHODS MAPPINGMETHODS NUMBERMETHODS EXECUTION '
           'NAMESPACES DYNAMICFEATURES SCOPING FRAMES EXCEPTIONS CONVERSIONS IDENTIFIERS '
           'SPECIALIDENTIFIERS PRIVATENAMES LITERALS TUPLES TUPLELITERALS LISTS LISTLITERALS '
           'DICTIONARIES DICTIONARYLITERALS ATTRIBUTES SUBSCRIPTS SLICINGS CALLS POWER UNARY '
           'BINARY SHIFTING BITWISE COMPARISON BOOLEAN ASSERTION ASSIGNMENT '
           'AUGMENTEDASSIGNMENT ASSIGNMENTEXPRESSIONS DELETION RETURNING IMPORTING '
           'CONDITIONAL LOOPING TRUTHVALUE DEBUGGING CONTEXTMANAGERS').split()


class Helper:
    """help(): the page of an object, or the interactive help utility."""

    keywords = _KEYWORDS
    symbols = _SYMBOLS
    topics = _TOPICS

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__,
                                     self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as err:
                self.output.write(f'{err}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if (len(request) > 2 and request[0] == request[-1] in ("'", '"')
                    and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ('q', 'quit', 'exit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        """Read one line, using input() when appropriate."""
        if self.input is sys.stdin:
            return input(prompt)
        else:
            self.output.write(prompt)
            self.output.flush()
            return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request == 'symbols':
                self.listsymbols()
            elif request == 'topics':
                self.listtopics()
            elif request in self.symbols:
                self.showtopic(request)
            elif request in ['True', 'False', 'None']:
                # special case these keywords since they are objects too
                doc(eval(request), 'Help on %s:', output=self._output, is_cli=is_cli)
            elif request in self.keywords or request in self.topics:
                self.showtopic(request)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def intro(self):
        self.output.write(_introdoc())

    def list(self, items, columns=4, width=80):
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(' ' + ' ' * (colw - 1 - len(items[i])))
            self.output.write('\n')

    def listkeywords(self):
        self.output.write('''
Here is a list of the Python keywords.  Enter any keyword to get more help.

''')
        self.list(self.keywords)

    def listsymbols(self):
        self.output.write('''
Here is a list of the punctuation symbols which Python assigns special meaning
to. Enter any symbol to get more help.

''')
        self.list(self.symbols)

    def listtopics(self):
        self.output.write('''
Here is a list of available topics.  Enter any topic name to get more help.

''')
        self.list(self.topics, columns=3)

    def showtopic(self, topic, more_xrefs=''):
        # ouro carries no topic texts (CPython's pydoc_data.topics).
        self.output.write('''
Sorry, topic and keyword documentation is not available because the
module "pydoc_data.topics" could not be found.
''')


help = Helper()
