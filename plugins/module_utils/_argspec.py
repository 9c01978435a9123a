# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Argument specs of the per-type and generic modules; they match the doc fragment privatelink.azure.connection."""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults, _discovery
from ansible_collections.privatelink.azure.plugins.module_utils._types import STATUSES, WRITABLE_STATUSES


# The api-version every request sends; None: the installed SDK's default (doc fragment connection.api_version).
API_VERSION_ARGSPEC = {"api_version": {"type": "str"}}


# The parent of the generic modules azure_pec / azure_pec_info (doc fragment connection.generic):
# resource_id, or resource_type + resource_group + resource_name.
GENERIC_PARENT_ARGSPEC = {
    "resource_id": {"type": "str"},
    "resource_type": {"type": "str"},
    "resource_group": {"type": "str"},
    "resource_name": {"type": "str"},
}


def connection_argspec(service):
    """Options of azure_<service>_pec (without the auth options)."""
    return dict(_connection_options(), **{
        "resource_group": {"type": "str", "required": True},
        service.parent_option: {"type": "str", "required": True},
    })


def generic_connection_argspec():
    """Options of azure_pec (without the auth options)."""
    return dict(_connection_options(), **GENERIC_PARENT_ARGSPEC)


GENERIC_CONNECTION_RULES = {
    "mutually_exclusive": [("name", "private_endpoint_id"), ("resource_id", "resource_type"),
                           ("resource_id", "resource_group"), ("resource_id", "resource_name")],
    "required_one_of": [("name", "private_endpoint_id"), ("resource_id", "resource_type")],
    "required_by": {"resource_type": ("resource_group", "resource_name")},
}


def _connection_options():
    return dict(API_VERSION_ARGSPEC, **{
        "name": {"type": "str"},
        "private_endpoint_id": {"type": "str"},
        "status": {"type": "str", "choices": list(WRITABLE_STATUSES)},
        "description": {"type": "str"},
        "actions_required": {"type": "str"},
        "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
        "wait": {"type": "bool", "default": True},
        "wait_timeout": {"type": "int", "default": _defaults.WAIT_TIMEOUT},
    })


CONNECTION_RULES = {
    "mutually_exclusive": [("name", "private_endpoint_id")],
    "required_one_of": [("name", "private_endpoint_id")],
}


def info_argspec(service):
    """Options of azure_<service>_pec_info (without the auth options)."""
    return dict(_info_filters(), **{
        "resource_group": {"type": "str"},
        service.parent_option: {"type": "str"},
    })


def info_rules(service):
    return {"required_by": {service.parent_option: ("resource_group",)}}


def generic_info_argspec():
    """Options of azure_pec_info (without the auth options)."""
    return dict(_info_filters(), **GENERIC_PARENT_ARGSPEC)


GENERIC_INFO_RULES = {
    "mutually_exclusive": [("resource_id", "resource_type"), ("resource_id", "resource_group"),
                           ("resource_id", "resource_name")],
    "required_one_of": [("resource_id", "resource_type")],
    "required_by": {"resource_name": ("resource_group",)},
}


def _info_filters():
    return dict(API_VERSION_ARGSPEC, **{
        "status": {"type": "list", "elements": "str", "choices": list(STATUSES)},
        "private_endpoint_id": {"type": "str"},
        "private_endpoint_subscription_id": {"type": "str"},
    })


def scope_argspec():
    """Options of azure_pec_scope_info (without the auth options)."""
    return {
        "resources": {"type": "list", "elements": "raw", "default": []},
        "resource_groups": {"type": "list", "elements": "raw", "default": []},
        "subscriptions": {"type": "list", "elements": "str", "default": []},
        "exclude_subscriptions": {"type": "list", "elements": "str", "default": []},
        # Any spelling of docs/types.md in any case: checked by _scope (argspec choices are case-sensitive).
        "resource_types": {"type": "list", "elements": "str"},
        "discovery": {"type": "str", "default": _defaults.DISCOVERY, "choices": list(_discovery.CHOICES)},
        "parallelism": {"type": "int", "default": _defaults.PARALLELISM},
        "timeout": {"type": "int", "default": _defaults.SCOPE_TIMEOUT},
        "fail_on_error": {"type": "bool", "default": True},
        "result_file": {"type": "path"},
    }
