# sys.exit(n) ends the run with status n; finally blocks still run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs")
