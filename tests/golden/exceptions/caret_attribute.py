# Carets under a failing attribute access on an expression result.
class Settings:
    def __init__(self):
        self.values = {"name": "ouro"}

s = Settings()
print(s.values["name"].upper())
print(s.values.get("missing").upper())
