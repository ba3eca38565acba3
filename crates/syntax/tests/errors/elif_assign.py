if a:
  pass
elif x = 2:
  pass
