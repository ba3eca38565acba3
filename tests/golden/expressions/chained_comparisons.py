# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 5)
print(1 == 1.0 == True, 1 != 2 != 1)
def val(n):
    print("eval", n)
    return n
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
print([1, [2]] == [1, [2]], (1, 2) != (1, 2))
print(2 <= 2 >= 1, 3 > 2 > 1 > 0)
