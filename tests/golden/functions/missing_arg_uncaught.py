# An uncaught TypeError for a missing keyword-only argument in a method.
class Greeter:
    def greet(self, name, *, punctuation):
        return f"Hi {name}{punctuation}"

g = Greeter()
print(g.greet("Ann", punctuation="!"))
print(g.greet("Bob"))
