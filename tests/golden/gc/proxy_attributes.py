# weakref.proxy forwards attribute reads, writes, deletes and method calls to the referent.
import weakref
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
a = Account("ann")
p = weakref.proxy(a)
print(p.owner, p.deposit(5), p.deposit(7))
p.balance = 100
print("write through proxy:", a.balance)
p.extra = "x"
del p.owner
print("attrs:", sorted(vars(a)))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(p) is weakref.ProxyType, type(p).__name__)
print("isinstance sees referent class:", isinstance(p, Account), p.__class__.__name__)
