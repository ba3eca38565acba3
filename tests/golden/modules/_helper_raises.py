# Helper module that fails while being imported.
value = 1
raise RuntimeError("helper module failed to import")
