# CPython's limit on decimal conversion of huge ints (sys.set_int_max_str_digits).
import sys

print(sys.get_int_max_str_digits())
for text in ("1" * 4300, "1" * 4301, "-" + "2" * 5000, "1_" * 3000 + "1"):
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print("ValueError:", e)
big = 10**5000
for convert in (str, repr, lambda n: f"{n}", lambda n: "%d" % n, lambda n: format(n, ",")):
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)
# Powers of two bases are linear to convert: never limited.
print(len(hex(big)), len(bin(big)) > 16000, int("f" * 5000, 16) > 0)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(5001)
print(len(str(big)), sys.get_int_max_str_digits())
