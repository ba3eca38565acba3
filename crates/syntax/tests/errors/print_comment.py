print 'x'  # c
