# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Argument specs of the six modules; they match the doc fragment privatelink.azure.connection."""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _discovery
from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import DEFAULT_WAIT_TIMEOUT
from ansible_collections.privatelink.azure.plugins.module_utils._types import STATUSES, WRITABLE_STATUSES


# The api-version every request sends; None: the installed SDK's default (doc fragment connection.api_version).
API_VERSION_ARGSPEC = {"api_version": {"type": "str"}}


def connection_argspec(service):
    """Options of azure_<service>_pec (without the auth options)."""
    return dict(API_VERSION_ARGSPEC, **{
        "resource_group": {"type": "str", "required": True},
        service.parent_option: {"type": "str", "required": True},
        "name": {"type": "str"},
        "private_endpoint_id": {"type": "str"},
        "status": {"type": "str", "choices": list(WRITABLE_STATUSES)},
        "description": {"type": "str"},
        "actions_required": {"type": "str"},
        "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
        "wait": {"type": "bool", "default": True},
        "wait_timeout": {"type": "int", "default": DEFAULT_WAIT_TIMEOUT},
    })


CONNECTION_RULES = {
    "mutually_exclusive": [("name", "private_endpoint_id")],
    "required_one_of": [("name", "private_endpoint_id")],
}


def info_argspec(service):
    """Options of azure_<service>_pec_info (without the auth options)."""
    return dict(API_VERSION_ARGSPEC, **{
        "resource_group": {"type": "str"},
        service.parent_option: {"type": "str"},
        "status": {"type": "list", "elements": "str", "choices": list(STATUSES)},
        "private_endpoint_id": {"type": "str"},
        "private_endpoint_subscription_id": {"type": "str"},
    })


def info_rules(service):
    return {"required_by": {service.parent_option: ("resource_group",)}}


def scope_argspec():
    """Options of azure_pec_scope_info (without the auth options)."""
    return {
        "resources": {"type": "list", "elements": "raw", "default": []},
        "resource_groups": {"type": "list", "elements": "raw", "default": []},
        "subscriptions": {"type": "list", "elements": "str", "default": []},
        "exclude_subscriptions": {"type": "list", "elements": "str", "default": []},
        # Any spelling of docs/types.md in any case: checked by _scope (argspec choices are case-sensitive).
        "resource_types": {"type": "list", "elements": "str"},
        "discovery": {"type": "str", "default": _discovery.DEFAULT, "choices": list(_discovery.CHOICES)},
        "parallelism": {"type": "int", "default": 8},
        "timeout": {"type": "int", "default": 120},
        "fail_on_error": {"type": "bool", "default": True},
        "result_file": {"type": "path"},
    }
