# sys.path[0] is the directory of the script (absolute; shown relative).
import sys
print(sys.path[0])
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
