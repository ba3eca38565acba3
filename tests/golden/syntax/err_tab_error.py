# Tabs and spaces mixed inconsistently in one block.
if True:
	x = 1
        y = 2
print(x, y)
