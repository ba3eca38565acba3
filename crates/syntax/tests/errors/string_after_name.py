x = a 'b'
