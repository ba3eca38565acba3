# + and * on sequences, and repetition edge cases.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y")
print([0] * 4, 3 * "ab", (1, 2) * 2, "x" * 0, [1] * -1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
print(t)
s = "a"
s *= 3
print(s)
