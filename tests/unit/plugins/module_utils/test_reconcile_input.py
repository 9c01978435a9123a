"""Bad input is refused before any client is built, with a sentence saying what to change."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import STORAGE


class NoClient:
    def __getattr__(self, name):
        raise AssertionError("no ARM call expected, got %s" % name)


BASE = {"resource_group": "rg-app", "account_name": "stappdata01", "state": "present", "wait": True,
        "wait_timeout": 30}


@pytest.mark.parametrize("params, words", [
    ({}, "exactly one of 'name' or 'private_endpoint_id'"),
    ({"name": "a", "private_endpoint_id": "/subscriptions/x"}, "exactly one of"),
    ({"private_endpoint_id": "pe-blob"}, "must be an ARM id"),
    ({"name": "a", "status": "Pending"}, "must be Approved or Rejected"),
    ({"name": "a", "state": "gone"}, "must be present or absent"),
    ({"name": "a", "wait_timeout": -1}, "must be a number from 0 to 3600 seconds, not -1"),
    ({"name": "a", "wait_timeout": 3601}, "must be a number from 0 to 3600 seconds, not 3601"),
    ({"name": "a", "wait_timeout": 10 ** 400}, "(401 digits)"),
    ({"name": "a", "account_name": None}, "Option 'account_name' is required"),
])
def test_bad_input(params, words):
    result = reconcile(STORAGE, dict(BASE, **params), client=NoClient())
    assert result["failed"] is True
    assert result["changed"] is False
    assert words in result["msg"]
