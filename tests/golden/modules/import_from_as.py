# from m import x, from m import x as y, from m import *.
from _helper_mod import add, GREETING as greeting
from _helper_mod import Widget as W, bump
print(add(1, 1), greeting, W("x"), bump())
from _helper_mod import *
print(Widget, "add" in dir(), "_private" in dir(), "counter" in dir())
import _helper_mod
print(_helper_mod.counter, _helper_mod.add is add)
