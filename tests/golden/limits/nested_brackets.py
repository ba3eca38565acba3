# CPython's tokenizer allows 200 nested brackets (MAXLEVEL) and reports the 201st.
for open_, close in ["()", "[]", "{}"]:
    for depth in [200, 201, 10000]:
        src = open_ * depth + close * depth
        try:
            compile(src, "<s>", "exec")
            print(open_, depth, "ok")
        except SyntaxError as e:
            print(open_, depth, e.msg, e.lineno)
print(eval("(" * 199 + "1" + ")" * 199))
print(eval("[" * 150 + "]" * 150))
