# A break or continue in a finally block run by a return drops the return value (PEP 765 warns).
def cont():
    for i in range(3):
        try:
            return 42
        finally:
            continue
    return "done"

def brk():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "broke"

def nested():
    out = []
    for i in range(2):
        for j in range(2):
            try:
                try:
                    return "inner"
                finally:
                    out.append((i, j))
            finally:
                continue
    return out

def with_value():
    total = 0
    for i in range(4):
        try:
            return [i, i]
        finally:
            total += i
            if i < 3:
                continue
    return total

print(cont(), brk(), nested(), with_value())
