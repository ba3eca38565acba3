# The handbook's two-node cycle: reference counting alone cannot free it;
# the cycle collector finds it (`gc.collect()` returns the number of
# unreachable objects found).
import gc


class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.other: Node | None = None


left = Node("left")
right = Node("right")
left.other = right
right.other = left

del left
del right

print("collected objects:", gc.collect())
