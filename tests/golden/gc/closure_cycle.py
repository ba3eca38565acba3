# A closure stored in the list it captures forms a cycle through its cell.
import gc
def make():
    items = []
    def show():
        return items
    items.append(show)
    return show
make()
print("closure cycle:", gc.collect())
