# sys.argv holds the script path as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
