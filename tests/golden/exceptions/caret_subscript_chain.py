# Carets point at the failing subscript within a chain.
config = {"db": {"host": "localhost", "ports": [5432]}}
print(config["db"]["ports"][0])
print(config["db"]["ports"][1])
