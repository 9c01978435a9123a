"""The issue's targets next to what was measured: PASS, MISS or N/A (with the reason), and which ones gate.

A gate is a request count: the run exits 1 when a gated target is missed (that is what CI checks). Targets on
seconds are printed and documented, never gated: the machine's load decides them as much as the code.
"""


class Target:
    def __init__(self, what, target, measured, passed, gate=False, note=""):
        self.what = what
        self.target = target
        self.measured = measured
        self.status = "N/A" if passed is None else ("PASS" if passed else "MISS")
        self.gate = gate
        self.note = note

    def as_dict(self):
        return {"what": self.what, "target": self.target, "measured": self.measured, "status": self.status,
                "gate": self.gate, "note": self.note}


def at_most(what, measured, limit, gate=False, unit="", note=""):
    return Target(what, "<= %s%s" % (_number(limit), unit), "%s%s" % (_number(measured), unit),
                  measured <= limit, gate, note)


def ratio_at_most(what, numerator, denominator, limit, note=""):
    """A ratio target on seconds (never gated); N/A when the reference is missing."""
    if not denominator:
        return Target(what, "<= %sx" % _number(limit), "-", None, note=note or "no reference measured")
    ratio = numerator / denominator
    return Target(what, "<= %sx" % _number(limit), "%.2fx (%s / %s)" % (ratio, _number(numerator),
                                                                        _number(denominator)), ratio <= limit,
                  note=note)


def not_measured(what, target, reason):
    return Target(what, target, "-", None, note=reason)


def _number(value):
    return ("%.2f" % value).rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
