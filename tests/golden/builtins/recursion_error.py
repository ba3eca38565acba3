# RecursionError: "maximum recursion depth exceeded", and recovery afterwards.
import sys
print(sys.getrecursionlimit())
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print("RecursionError:", e)
print(900 < depth <= 1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
