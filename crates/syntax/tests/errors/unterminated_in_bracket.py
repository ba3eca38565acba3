x = ('abc
