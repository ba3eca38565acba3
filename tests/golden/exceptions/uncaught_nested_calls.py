# An uncaught exception several calls deep: one traceback entry per frame.
def level3(data):
    return data["missing"]

def level2(data):
    return level3(data) + 1

def level1():
    return level2({"present": 1})

level1()
