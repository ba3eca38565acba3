# generator.send() passes values into a suspended generator.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
g = echo()
try:
    g.send("too early")
except TypeError as err:
    print("TypeError:", err)
