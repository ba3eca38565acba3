# Allocation and reference-count teardown: complete binary trees built bottom-up,
# walked, and dropped the moment the last reference goes (no cycles, so reference
# counting alone frees them). Trees of instances and trees of tuples, many short-
# lived small trees and one long-lived big tree, as in the classic benchmark.
# Prints one line, "checksum <value>".

MAX_DEPTH = 14
MIN_DEPTH = 4
PASSES = 2


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_node_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node_tree(depth), make_node_tree(depth))


def check_node_tree(node):
    if node.left is None:
        return 1
    return 1 + check_node_tree(node.left) + check_node_tree(node.right)


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def check_tuple_tree(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check_tuple_tree(left) + check_tuple_tree(right)


def main():
    checksum = 0
    for p in range(PASSES):
        stretch = MAX_DEPTH + 1
        checksum += check_node_tree(make_node_tree(stretch))
        long_lived = make_node_tree(MAX_DEPTH)
        long_tuples = make_tuple_tree(MAX_DEPTH - 2)
        for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
            iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH)
            nodes = 0
            for i in range(iterations):
                nodes += check_node_tree(make_node_tree(depth))
                if i % 4 == p:
                    nodes += check_tuple_tree(make_tuple_tree(depth))
            checksum = (checksum * 31 + nodes * depth + iterations) % (1 << 61)
        checksum += check_node_tree(long_lived) + check_tuple_tree(long_tuples)
        del long_lived, long_tuples
    print("checksum", checksum)


main()
