# CPython's tokenizer allows 149 nested f-strings (MAXFSTRINGLEVEL 150).
x = 7
for depth in [2, 149, 150, 300]:
    src = "f'{" * depth + "x" + "}'" * depth
    try:
        print(depth, eval(src))
    except SyntaxError as e:
        print(depth, e.msg, e.lineno)
