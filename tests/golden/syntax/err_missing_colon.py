# A compound statement header without its colon.
print("never printed")
if True
    print("inside")
