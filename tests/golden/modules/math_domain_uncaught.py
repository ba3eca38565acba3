# An uncaught "math domain error".
import math
def stddev(variance):
    return math.sqrt(variance)
print(stddev(4.0))
print(stddev(-4.0))
