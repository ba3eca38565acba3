# Cyclic garbage left at exit is collected while modules are intact (its __del__ can use globals).
class Node:
    def __del__(self):
        print("__del__ at exit, sees", Node.__name__)
n = Node()
n.me = n
del n
print("end of script")
