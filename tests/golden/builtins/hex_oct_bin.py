# hex, oct and bin.
print(hex(255), hex(-255), hex(0), hex(2 ** 70))
print(oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 20))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
