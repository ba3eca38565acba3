print("loading", __name__)

def twice(x):
    return 2 * x
