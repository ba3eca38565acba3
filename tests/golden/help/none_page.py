# help(None) documents NoneType: its own truth, comparison and hash slots and __new__.
help(None)
help(type(None).__bool__)
