f(a, b c
