# Assigning to a literal is not allowed.
1 = x
