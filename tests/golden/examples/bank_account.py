# A small bank model: classes, properties, custom exceptions, class methods.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, balance={self._balance})"

class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

alice = Account("alice", 100)
bob = Savings("bob")
alice.transfer(bob, 60)
print(alice, bob)
print(bob.add_interest(), bob.balance)
for action in (lambda: alice.withdraw(500), lambda: bob.deposit(-5), lambda: setattr(bob, "balance", 0)):
    try:
        action()
    except (InsufficientFunds, ValueError, AttributeError) as e:
        print(type(e).__name__, "-", e)
print(alice.history, bob.history)
print(sorted([bob, alice], key=lambda a: a.balance))
