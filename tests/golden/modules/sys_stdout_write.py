# sys.stdout.write / sys.stderr.write return the number of characters written.
import sys
n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write("é\n"))
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
m = sys.stderr.write("to stderr\n")
print(m)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stdout.writable())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
