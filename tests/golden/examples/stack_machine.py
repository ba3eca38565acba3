# A tiny stack-based calculator: tokenizing, dispatch through a dict, errors.
import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
def evaluate(program):
    stack = []
    for token in program.split():
        if token in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[token](a, b))
        elif token == "dup":
            stack.append(stack[-1])
        else:
            stack.append(int(token))
    return stack
for prog in ["1 2 +", "2 3 4 * +", "5 dup *", "10 4 /", "1 +", "1 0 /", "1 x +"]:
    try:
        print(f"{prog!r:>12} -> {evaluate(prog)}")
    except (IndexError, ZeroDivisionError, ValueError) as e:
        print(f"{prog!r:>12} -> {type(e).__name__}: {e}")
