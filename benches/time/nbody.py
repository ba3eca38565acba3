# Float arithmetic: an n-body simulation of the sun and the four outer planets
# (symplectic Euler steps over every pair), energy printed as the checksum.
# Prints one line, "checksum <value>".

import math

STEPS = 400000

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS


def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e+00, -1.16032004402742839e+00,
                   -1.03622044471123109e-01, 1.66007664274403694e-03,
                   7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e+00, 4.12479856412430479e+00,
                  -4.03523417114321381e-01, -2.76742510726862411e-03,
                  4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e+01, -1.51111514016986312e+01,
                  -2.23307578892655734e-01, 2.96460137564761618e-03,
                  2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e+01, -2.59193146099879641e+01,
                   1.79258772950371181e-01, 2.68067772490389322e-03,
                   1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def pairs_of(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px -= b.vel[0] * b.mass
        py -= b.vel[1] * b.mass
        pz -= b.vel[2] * b.mass
    sun = bodies[0]
    sun.vel[0] = px / SOLAR_MASS
    sun.vel[1] = py / SOLAR_MASS
    sun.vel[2] = pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        vx, vy, vz = b.vel
        e += 0.5 * b.mass * (vx * vx + vy * vy + vz * vz)
    for a, b in pairs:
        dx = a.pos[0] - b.pos[0]
        dy = a.pos[1] - b.pos[1]
        dz = a.pos[2] - b.pos[2]
        e -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    # unpack once: the lists are shared with the Body objects
    flat = [(a.pos, a.vel, a.mass, b.pos, b.vel, b.mass) for a, b in pairs]
    moving = [(b.pos, b.vel) for b in bodies]
    sqrt = math.sqrt
    for _ in range(steps):
        for p1, v1, m1, p2, v2, m2 in flat:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v in moving:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    energies = [energy(bodies, pairs)]
    for _ in range(4):
        advance(bodies, pairs, 0.01, STEPS // 4)
        energies.append(energy(bodies, pairs))
    # every energy to 12 decimals, and the final positions
    parts = ["%.12f" % e for e in energies]
    parts += ["%.9f" % c for b in bodies for c in b.pos]
    checksum = 0
    for ch in ",".join(parts):
        checksum = (checksum * 131 + ord(ch)) % 1000000007
    print("checksum", checksum)


main()
