# Dumps node types, positions and key values of ast.parse() for every .py file under ./lib
# (next to this script when run by the reference interpreter; see grammar/README.md).
import ast, sys, os, struct
def walk(node, out, depth=0):
    if isinstance(node, ast.AST):
        if hasattr(node, 'lineno') and not isinstance(node, (ast.expr_context,)):
            extra = ''
            if isinstance(node, ast.Name): extra = ' ' + node.id
            elif isinstance(node, ast.Attribute): extra = ' ' + node.attr
            elif isinstance(node, ast.Constant):
                v = node.value
                if isinstance(v, bool) or v is None or v is Ellipsis: val = repr(v)
                elif isinstance(v, int): val = str(v)
                elif isinstance(v, float): val = str(struct.unpack('<Q', struct.pack('<d', v))[0])
                elif isinstance(v, str): val = '%d:%d' % (len(v), sum((i + 1) * ord(c) for i, c in enumerate(v)) % 1000000007)
                elif isinstance(v, bytes): val = '%d:%d' % (len(v), sum((i + 1) * c for i, c in enumerate(v)) % 1000000007)
                else: val = '?'
                extra = ' ' + type(node.value).__name__ + ' ' + val
            elif isinstance(node, ast.FormattedValue): extra = ' %d' % node.conversion
            elif isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.AugAssign)): extra = ' ' + type(node.op).__name__
            elif isinstance(node, ast.Compare): extra = ' ' + ','.join(type(o).__name__ for o in node.ops)
            elif isinstance(node, ast.AnnAssign): extra = ' %d' % node.simple
            elif isinstance(node, ast.ImportFrom): extra = ' %s %d' % (node.module, node.level)
            elif isinstance(node, (ast.Global, ast.Nonlocal)): extra = ' ' + ','.join(node.names)
            elif isinstance(node, ast.ExceptHandler): extra = ' %s' % node.name
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)): extra = ' ' + node.name
            elif isinstance(node, ast.arg): extra = ' ' + node.arg
            elif isinstance(node, ast.keyword): extra = ' ' + str(node.arg)
            elif isinstance(node, ast.alias): extra = ' ' + node.name + ' ' + str(node.asname)
            out.append(f"{type(node).__name__} {node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}{extra}")
        for f in node._fields:
            walk(getattr(node, f), out, depth+1)
    elif isinstance(node, list):
        for x in node: walk(x, out, depth)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib')
n = 0
w = sys.stdout.write
for dirpath, dirs, files in sorted(os.walk(root)):
    for fn in sorted(files):
        if not fn.endswith('.py'): continue
        p = os.path.join(dirpath, fn)
        try:
            src = open(p, encoding='utf-8').read()
            tree = ast.parse(src)
        except Exception as e:
            continue
        out = []
        walk(tree, out)
        w('### ' + os.path.relpath(p, root) + '\n')
        w('\n'.join(out) + '\n')
        n += 1
print('### DONE', n, root)
