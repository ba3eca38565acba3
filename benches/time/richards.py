# Classes, method calls and attributes: a small operating-system scheduler in the
# manner of Richards. Six tasks (an idle task, a worker, two handlers, two devices)
# pass packets through their queues; every step is a virtual method call and most
# of the work is instance attribute loads and stores.
# Prints one line, "checksum <value>".

ITERATIONS = 46
IDLE_COUNT = 10000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue and returns the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = False
        self.held = False
        self.link = system.tasks
        system.tasks = self
        system.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def step(self):
        packet = None
        if self.waiting and self.pending:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError

    # the kernel calls a task makes; each returns the task to run next
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.system.holds += 1
        self.held = True
        return self.link

    def release(self, ident):
        task = self.system.table[ident]
        task.held = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        target = self.system.table[packet.ident]
        self.system.sends += 1
        packet.link = None
        packet.ident = self.ident
        if target.queue is None:
            target.queue = packet
            target.pending = True
            return target if target.priority > self.priority else self
        packet.append_to(target.queue)
        return self


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, count):
        Task.__init__(self, system, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_A if self.destination == HANDLER_B else HANDLER_B
        packet.ident = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter = self.letter % 26 + 1
            data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= DATA_SIZE:
                self.work = work.link
                return self.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.send(device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.parked = None

    def run(self, packet):
        if packet is None:
            parked = self.parked
            if parked is None:
                return self.wait()
            self.parked = None
            self.system.output = (self.system.output * 33 + parked.datum) & 0xFFFFFF
            return self.send(parked)
        self.parked = packet
        return self.hold()


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.sends = 0
        self.holds = 0
        self.output = 0

    def boot(self, idle_count):
        IdleTask(self, IDLE, 0, None, idle_count)
        queue = Packet(None, IDLE, KIND_WORK)
        queue = Packet(queue, IDLE, KIND_WORK)
        WorkTask(self, WORKER, 1000, queue)
        for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
            queue = Packet(None, device, KIND_DEVICE)
            queue = Packet(queue, device, KIND_DEVICE)
            queue = Packet(queue, device, KIND_DEVICE)
            HandlerTask(self, handler, 2000 + handler, queue)
        DeviceTask(self, DEVICE_A, 4000, None)
        DeviceTask(self, DEVICE_B, 5000, None)
        # the idle task starts runnable, everything else waits for a packet
        for task in self.table:
            task.waiting = task.ident != IDLE

    def schedule(self):
        task = self.tasks
        steps = 0
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                steps += 1
                task = task.step()
        return steps


def main():
    checksum = 0
    for i in range(ITERATIONS):
        system = System()
        system.boot(IDLE_COUNT + i)
        steps = system.schedule()
        checksum = (checksum * 1000003 + steps * 7 + system.sends * 3
                    + system.holds + system.output) % (1 << 61)
    print("checksum", checksum)


main()
