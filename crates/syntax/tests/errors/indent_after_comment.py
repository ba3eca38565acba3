if x:
# c
print(1)
