"""A clock for the waiting and pacing rules' unit tests: time moves only when they sleep."""


class FakeClock:
    """Callable as the rules' clock (returns `now`); `sleep` records each wait and moves `now` on by it."""

    def __init__(self, start=0.0):
        self.now = start
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds
