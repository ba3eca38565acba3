# Exceptions raised and caught: builtin exceptions from the interpreter (KeyError,
# IndexError, ZeroDivisionError, ValueError from int(), AttributeError), a small
# hierarchy of user exception classes with arguments and attributes, handlers that
# match by base class, try/finally and try/except/else, re-raise, raise ... from,
# exceptions crossing several frames, and context managers that see them.
# Prints one line, "checksum <value>".

ROUNDS = 110
N = 5000


class AppError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code


class ParseError(AppError):
    pass


class LimitError(AppError):
    pass


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is LimitError:
            self.log[1] += value.code
            return True      # swallow it
        return False


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError(len(text), text) from None


def deep(n, limit):
    if n == 0:
        raise LimitError(limit)
    return deep(n - 1, limit) + 1


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def one_round(r):
    acc = 0
    table = {i: i * 2 for i in range(0, 100, 3)}
    items = list(range(50))
    texts = ["12", "x7", "-4", "", "99", "3.5", "0", "abc"]
    log = [0, 0]
    for i in range(N):
        acc += lookup(table, i % 100)
        try:
            acc += items[i % 64]
        except IndexError as e:
            acc += len(e.args)
        try:
            acc += 1000 // (i % 5)
        except ZeroDivisionError:
            acc += 7
        else:
            acc += 1
        finally:
            acc += 2
        try:
            acc += parse(texts[(i + r) % len(texts)])
        except ParseError as e:
            acc += e.code * 3
            if e.__suppress_context__:
                acc += 1
        try:
            try:
                if i % 4 == 0:
                    deep(i % 10, i % 13)
                raise AppError(i % 17)
            except LimitError:
                raise
            except AppError as e:
                raise ParseError(e.code + 1) from e
        except ParseError as e:
            acc += e.code + (e.__cause__ is not None)
        except AppError as e:
            acc += e.code * 5
        with Guard(log):
            if i % 3 == 0:
                raise LimitError(i % 11)
            acc += 1
        try:
            None.missing
        except AttributeError:
            acc += 1
    return acc + log[0] * 7 + log[1]


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 1000003 + one_round(r)) % (1 << 61)
    print("checksum", checksum)


main()
