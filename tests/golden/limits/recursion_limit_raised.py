# Python-to-Python recursion counts against the recursion limit only: raised to a million,
# a plain recursive function gets (almost) a million frames, then the limit's RecursionError.
import sys

sys.setrecursionlimit(10**6)
depth = 0


def down():
    global depth
    depth += 1
    down()


try:
    down()
except RecursionError as e:
    print("RecursionError:", e)
print(depth > 990000)
