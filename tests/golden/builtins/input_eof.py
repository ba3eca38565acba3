# input() at end of input (the harness runs scripts with stdin at EOF).
try:
    line = input()
except EOFError as e:
    print("EOFError:", e)
name = input("Your name? ")
print("never printed", name)
