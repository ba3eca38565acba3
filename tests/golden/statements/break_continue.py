# break and continue in nested loops.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("outer", i)
    for j in range(3):
        if j == i:
            break
        if j == 0:
            continue
        print("  inner", i, j)
total = 0
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
print("total", total)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
