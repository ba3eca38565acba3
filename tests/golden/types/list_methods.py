# list methods.
lst = [3, 1, 2]
lst.append(4)
lst.extend([5, 6])
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(98)
print(lst, lst.index(2), lst.count(1))
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, lst)
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words)
print([1, 2] * 2, [[]] * 2, list("abc"), list(range(3)), list({"k": 1}))
for meth, arg in [("remove", 42), ("index", 42)]:
    try:
        getattr(lst, meth)(arg)
    except ValueError as e:
        print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [3] > [2, 9])
