# Every escape sequence in ordinary string literals.
print("tab:\tend")
print("newline:\nend")
print("backslash:\\ quote:\" apostrophe:\'")
print(repr("\a\b\f\v\r\0"))
print("octal:\101\102\103 \060", repr("\7"))
print("hex:\x41\x42\x7e")
print("unicode:\u00e9\u4e2d \U0001F600")
print("named:\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
print("line\
continued")
print(len("\x00\u0000\U00000000"))
print(repr('single "double" inside'), repr("double 'single' inside"))
print(repr('both \' and "'))
