# __annotations__ on classes (3.14: evaluated lazily, on first access).
class Config:
    name: str
    port: int = 8080
    tags: list[str] = []
    parent: "Config | None" = None
    missing: UndefinedName
print(Config.port)
print("name" in vars(Config), "port" in vars(Config))
try:
    print(Config.__annotations__)
except NameError as e:
    print("NameError:", e)
class Simple:
    a: int
    b: "str"
print(Simple.__annotations__)
class Sub(Simple):
    c: float
print(Sub.__annotations__)
class NoAnn:
    pass
print(NoAnn.__annotations__)
