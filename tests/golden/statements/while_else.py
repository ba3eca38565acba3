# while loops, including else (runs only when the loop was not broken).
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else ran, i =", i)
n = 10
while n > 0:
    if n == 7:
        print("break at", n)
        break
    n -= 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of an empty loop")
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
