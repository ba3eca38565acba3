# sys.exit() / sys.exit(None) exit with status 0; SystemExit can be caught.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
print("exiting cleanly")
sys.exit()
print("not reached")
