# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The parent of azure_pec / azure_pec_info: from ``resource_id``, or ``resource_type`` (+ group and name).

Gives the row of the type table and the options the engine reads (``resource_group``, ``resource_name``, and the
subscription of ``resource_id``), so that the generic modules run the same engine as the named ones.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError
from ansible_collections.privatelink.azure.plugins.module_utils._types import (
    row_for, row_for_parent_id, unknown_type)

# The option naming the parent resource in the generic modules.
PARENT_OPTION = "resource_name"


def generic_target(params):
    """(row, engine params) for the generic modules' options; PecError names the option to fix."""
    resource_id = params.get("resource_id")
    if not resource_id:
        row = row_for(params.get("resource_type"))
        if row is None:
            raise PecError(unknown_type(params.get("resource_type"), "Option 'resource_type'"))
        return row, params
    parsed = _arm.parse_id(resource_id)
    if not parsed or not parsed["resource_group"] or not parsed["provider"] or len(parsed["segments"]) != 1:
        raise PecError("Option 'resource_id' must be the ARM id of the parent resource, like /subscriptions/<id>/"
                       "resourceGroups/<group>/providers/<namespace>/<type>/<name>, not %r." % resource_id)
    row = row_for_parent_id(resource_id)
    if row is None:
        raise PecError(unknown_type("%s/%s" % (parsed["provider"], parsed["segments"][0][0]),
                                    "Option 'resource_id'"))
    return row, dict(params, subscription_id=parsed["subscription_id"], resource_group=parsed["resource_group"],
                     **{PARENT_OPTION: parsed["name"]})
