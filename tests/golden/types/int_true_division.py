# Integer true division is correctly rounded, whatever the sizes (CPython's long_true_divide).
state = 12345
def rand(bits):
    global state
    out = 0
    for _ in range(bits // 60 + 1):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 60) | (state >> 4)
    return out >> ((bits // 60 + 1) * 60 - bits)
vals = []
for k in range(2000):
    a = rand(1 + k * 7 % 2200) * (1 if k % 3 else -1)
    b = rand(1 + k * 13 % 2200) or 1
    try:
        vals.append(repr(a / b))
    except OverflowError:
        vals.append("overflow")
print(vals[:4], len(set(vals)))
print(10**500 / (4 * 10**499), 2**1100 / 2**1099, 1 / 10**400, -(10**330) / 10**30)
for a, b in [(2**1074, 2**2148), (3, 2**1075), (2**53 + 1, 1), (2**54 + 3, 2), (1, 3 * 2**1070),
             (10**309, 10), (2**1024, 2), (2**1025, 2), (-(2**60 + 1), 2**7), (7 * 10**300, 3 * 10**299)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
checksum = 0
for v in vals:
    for ch in v:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
print(checksum)
