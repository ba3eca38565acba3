# Triple-quoted strings and implicit concatenation of adjacent literals.
s = """line one
  line two
line "three" with 'quotes'"""
print(s)
t = '''single
quotes'''
print(repr(t))
print("abc" 'def' "ghi")
u = ("implicit "
     "concatenation "
     'across lines')
print(u)
print(b"by" b"tes")
print("""\
no leading newline""")
print(len("""
"""))
