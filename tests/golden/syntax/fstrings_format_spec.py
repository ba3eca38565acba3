# Format specifications in f-strings.
x = 3.14159
n = 42
s = "hi"
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:^10.1e}]")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:+}] [{-n:+}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}]")
print(f"[{1234567:,}] [{1234567:_}] [{1234567.891:,.2f}]")
print(f"[{s:>6}] [{s:*<6}] [{s:-^7}] [{s!r:>6}]")
print(f"[{0.5:%}] [{0.125:.1%}] [{1e6:g}] [{1e-7:g}] [{123.0:g}]")
print(f"[{n:=+8}] [{-3.5:08.2f}] [{n:c}]")
print(f"[{True}] [{True:d}] [{None}]")
print(f"[{12345.6789:e}] [{12345.6789:E}] [{float('inf'):f}] [{float('nan'):F}]")
