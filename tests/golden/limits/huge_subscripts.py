# An int subscript beyond the machine's index size is CPython's IndexError "cannot fit 'int'
# into an index-sized integer" (not "index out of range"); slice bounds are clamped instead.
cases = [
    lambda: "abc"[10**30],
    lambda: [1][10**30],
    lambda: (1,)[-10**30],
    lambda: b"a"[10**30],
    lambda: bytearray(b"a")[10**30],
    lambda: range(3)[10**30],
    lambda: "abc"[3],
    lambda: [1][-2],
]
for case in cases:
    try:
        case()
    except IndexError as e:
        print("IndexError:", e)
l = [1]
try:
    l[10**30] = 2
except IndexError as e:
    print("IndexError:", e)
print([1, 2, 3][-10**30:10**30], "abc"[10**30:], (1, 2)[True])
