# An uncaught exception raised in a method called from a dunder method.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def check(self, other):
        if len(self.rows) != len(other.rows):
            raise ValueError(f"shape mismatch: {len(self.rows)} vs {len(other.rows)}")

    def __add__(self, other):
        self.check(other)
        return Matrix([a + b for a, b in zip(self.rows, other.rows)])

m = Matrix([1, 2]) + Matrix([3, 4])
print(m.rows)
Matrix([1]) + Matrix([1, 2])
