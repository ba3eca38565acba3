# A dedent to a column that matches no outer block.
if True:
        a = 1
    b = 2
