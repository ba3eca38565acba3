# for loops over various iterables, with else.
for c in "abc":
    print(c, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for i, v in enumerate([10, 20], start=1):
    print(i, v)
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else after empty loop")
for i in range(3):
    pass
print("i after loop:", i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print(item, end=" ")
print()
