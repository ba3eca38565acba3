# An uncaught user-defined exception (no module prefix for __main__ classes), with a note.
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        err = InsufficientFunds(f"cannot withdraw {amount}, balance is {balance}")
        err.add_note("try a smaller amount")
        raise err
    return balance - amount

print(withdraw(100, 30))
withdraw(100, 130)
