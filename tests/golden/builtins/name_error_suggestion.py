# An uncaught NameError with a "Did you mean" suggestion.
counter_value = 10
def show():
    print(counter_valeu)
show()
