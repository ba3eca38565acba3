# open()'s argument checks and their messages.
import os

path = "/tmp/ouro_golden_io_modes.txt"
open(path, "w").close()
cases = [
    ("rw", {}),
    ("rbt", {}),
    ("rr", {}),
    ("", {}),
    ("b", {}),
    ("+", {}),
    ("t", {}),
    ("r++", {}),
    ("rU", {}),
    ("q", {}),
    ("wa", {}),
    ("rb", {"encoding": "utf-8"}),
    ("rb", {"errors": "strict"}),
    ("rb", {"newline": ""}),
    ("r", {"buffering": 0}),
    ("rb", {"buffering": "x"}),
    ("rb", {"buffering": 1.5}),
    ("rb", {"encoding": None}),
]
for mode, kw in cases:
    try:
        f = open(path, mode, **kw)
    except Exception as e:
        print(repr(mode), kw, type(e).__name__, e)
    else:
        print(repr(mode), kw, "ok", type(f).__name__)
        f.close()

f = open(path, "w")
f.close()
f.close()
for name in ["write", "flush", "tell", "fileno"]:
    try:
        getattr(f, name)(*(["x"] if name == "write" else []))
    except ValueError as e:
        print(name, type(e).__name__, e)
os.remove(path)
