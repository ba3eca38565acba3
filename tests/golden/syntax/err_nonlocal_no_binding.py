def f():
    def g():
        nonlocal a
