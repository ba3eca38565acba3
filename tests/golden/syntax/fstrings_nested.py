# Nested replacement fields inside format specs, and nested f-strings.
width = 10
precision = 3
value = 2.718281828
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{width}}]")
print(f"{f'{value:.{precision}}'}")
rows = [("a", 1), ("bbb", 22)]
for k, v in rows:
    print(f"{k:<{width // 2}}|{v:>{width // 2}}")
print(f"{'{'}{1 + 1}{'}'}")
