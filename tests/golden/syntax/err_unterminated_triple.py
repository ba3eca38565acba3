# A triple-quoted string that is never closed.
x = 1
s = """first line
second line
