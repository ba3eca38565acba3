def f() -> int
  pass
