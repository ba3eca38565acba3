print('x'))
