# Objects still referenced by module globals are finalised at interpreter exit,
# after the last line of the script.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ at exit:", self.name)
keep = Tracked("global")
print("end of script")
