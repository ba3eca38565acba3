# raise SystemExit(n) is the same as sys.exit(n).
print("raising SystemExit(4)")
raise SystemExit(4)
