"""indented_json writes exactly what json.dumps(value, indent=2, sort_keys=True) writes, only faster."""

import collections
import enum
import json

import pytest

from ansible_collections.privatelink.azure.plugins.plugin_utils._json_text import indented_json

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import report as report_of_many


class Level(enum.IntEnum):
    HIGH = 3


VALUES = [
    {}, [], (), "", None, True, False, 0, -7, 2 ** 70, 1.5, 1e-300, float("inf"), float("nan"), Level.HIGH,
    "naïve ☃ \"quoted\" \\ back\nslash\t\u0001 \U0001f600",
    {"b": 1, "a": [1, {"z": None, "y": []}, (2, 3)], "c": {"": {}}, "é": "ü"},
    [[[]], [{}], [[1, [2, [3]]]]],
    collections.OrderedDict([("z", 1), ("a", 2)]),
    {"tags": {"env": "prod"}, "seconds": 0.25, "drift": False, "error": None, "nested": [{"k": [True]}]},
    # Dicts of one shape (their layout is made once), the same keys in another order, the same shape one level
    # deeper (another indentation), a superset, an int subclass, and a bool where an int was.
    [{"b": 1, "a": 2}, {"a": 3, "b": 4}, {"b": {"b": 1, "a": 2}, "a": 0}, {"a": 1, "b": 2, "c": 3},
     {"b": Level.HIGH, "a": True}, {"b": -1, "a": 2 ** 70}],
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_the_same_text_as_json_dumps(value):
    assert indented_json(value) == json.dumps(value, indent=2, sort_keys=True)


@pytest.mark.parametrize("value", [{1: "a", 2: "b"}, {"a": {None: 1}}, [{"when": object()}]], ids=range(3))
def test_what_only_json_dumps_knows_is_left_to_it(value):
    try:
        expected = json.dumps(value, indent=2, sort_keys=True)
    except TypeError:
        with pytest.raises(TypeError, match="not JSON serializable"):
            indented_json(value)
    else:
        assert indented_json(value) == expected


def test_a_report_of_many_connections_is_the_same_text():
    report = report_of_many(fleet(300), fail_every=7)
    assert indented_json(report) == json.dumps(report, indent=2, sort_keys=True)
