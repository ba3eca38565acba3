# Positions in non-ASCII text: indexing, slicing and searching agree with code points,
# in strings long enough to be indexed and short ones (ouro keeps UTF-8 with a code-point index).
s = ''.join(chr(0x61 + i % 26) if i % 7 else chr(0xe9 + i % 300) for i in range(5000))
t = 0
for i in range(len(s)):
    t += ord(s[i])
print(t, len(s))
print(s[100:200] == ''.join(s[i] for i in range(100, 200)))
print(s[-1], s[-64], s[64], s[63], s[65], s[4999])
print(s.find('z'), s.find('z', 1000), s.rfind('a'), s.index(chr(0xe9 + 7*100 % 300), 600))
print(s[::-37][:20])
print(s[10:4000:3][-5:])
e = '😀' * 300
print(len(e), e[299], e[150:152], e.find('😀', 200), e.count('😀'))
x = 'é' * 10
print(x[3], x[2:5], x.find('é', 4), x.rfind('é', 0, 4))
# Searching with bounds in a long string reports code-point positions.
long = ('ß' + 'x' * 99) * 50
print(long.find('ß', 101), long.rfind('ß', 0, 4950), long.index('x', 4900), long[4899:4902])
