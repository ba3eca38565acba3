# An uncaught TypeError for unsupported operand types.
count = 3
label = "items: " + count
print(label)
