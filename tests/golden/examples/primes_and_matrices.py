# Sieve of Eratosthenes, matrix multiplication and a tiny prime-factor table.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]
identity = [[1, 0], [0, 1]]
print(matmul(m, m), matmul(m, identity) == m)
def mat_pow(mat, n):
    result = identity
    while n:
        if n & 1:
            result = matmul(result, mat)
        mat = matmul(mat, mat)
        n >>= 1
    return result
print("fib(90) =", mat_pow([[1, 1], [1, 0]], 90)[0][1])
def factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (12, 97, 360, 1001, 2 ** 31 - 1):
    print(f"{n:>10} = {' * '.join(map(str, factors(n)))}")
