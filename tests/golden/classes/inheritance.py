# Single inheritance, overriding, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (softly)"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), "|", a.kind())
p = Puppy("x", 2)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(bool, int), isinstance(True, int))
