# The compiler used to emit a closure load for a name with no binding (issue 10).
exec("def a():\n nonlocal a\n")
