f(yield x, 1)
