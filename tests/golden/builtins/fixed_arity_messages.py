for s in ["isinstance(1)", "issubclass(int)", "divmod(1)", "hasattr(1)", "delattr(1)", "pow(1)", "setattr(1, 2)"]:
    try: eval(s)
    except TypeError as e: print(e)
