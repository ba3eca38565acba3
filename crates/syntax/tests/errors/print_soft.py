print f
