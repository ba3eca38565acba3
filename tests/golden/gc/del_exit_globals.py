# At exit, module globals holding objects with __del__ are finalized after atexit handlers.
import atexit
class G:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
first = G("first")
second = G("second")
_private = G("_private")
atexit.register(print, "atexit handler")
print("end of script")
