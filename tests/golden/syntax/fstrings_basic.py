# f-string basics: expressions, method calls, quotes, escaped braces.
name = "world"
n = 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} {len(name)}")
print(f"{{literal braces}} {n}")
print(F"capital F {n * 2}")
print(f'{"nested quotes"}')
print(f"{'a' if n > 2 else 'b'}")
items = [1, 2, 3]
print(f"{items} {items[1]} {sum(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{n!r:>5}|")
print(rf"raw \n {n}")
print(f"multi" f"ple {n}" "plain")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{f"{n}"}")
