#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_pec_info
short_description: List the private endpoint connections of Azure resources of any type
version_added: 0.1.0
description:
  - Returns the private endpoint connections of one resource, of every resource of a type in a resource group, or
    of every resource of a type in the subscription, optionally filtered; any type of the collection's type table
    (docs/types.md).
  - For several types or subscriptions at once, use M(privatelink.azure.azure_pec_scope_info).
options:
  resource_id:
    description:
      - Only this resource (its ARM id). Its subscription is the one read.
      - Exactly one of O(resource_id) and O(resource_type) is needed.
    type: str
  resource_type:
    description:
      - The type to read, as an ARM type of docs/types.md (C(Microsoft.Sql/servers)) or one of its names
        (C(sql_server)), in any case.
    type: str
  resource_name:
    description:
      - Only this resource of O(resource_type). Needs O(resource_group).
    type: str
  api_version:
    description:
      - The ARM C(api-version) every request of this task sends; default is the type's api-version in docs/types.md
        (for Key Vault, Managed HSM and Storage, the version their installed SDK sends).
    type: str
extends_documentation_fragment:
  - privatelink.azure.connection.info
  - privatelink.azure.auth
  - privatelink.azure.attributes.READ_ONLY
  - privatelink.azure.attributes.ACTIONGROUP_PEC
seealso:
  - module: privatelink.azure.azure_pec
  - module: privatelink.azure.azure_pec_scope_info
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-core
  - azure-identity
"""

EXAMPLES = r"""
- name: The connections of one SQL server
  privatelink.azure.azure_pec_info:
    resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-orders
  register: sql_orders

- name: Pending connections of every Container Registry in the subscription (one paged LIST)
  privatelink.azure.azure_pec_info:
    resource_type: Microsoft.ContainerRegistry/registries
    status: [Pending]
  register: pending
"""

RETURN = r"""
connections:
  description:
    - The matching connections, each with its parent's id, name and tags (the same dict as the C(connection)
      returned by M(privatelink.azure.azure_pec), plus C(parent_tags)).
  returned: success
  type: list
  elements: dict
  sample:
    - id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/\
        providers/Microsoft.Sql/servers/sql-orders/privateEndpointConnections/pe-orders-7b3b0a9e"
      name: pe-orders-7b3b0a9e
      status: Pending
      description: Please approve (CHG-1234)
      actions_required: None
      private_endpoint_id: "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/\
        providers/Microsoft.Network/privateEndpoints/pe-orders"
      private_endpoint_subscription_id: 33333333-3333-3333-3333-333333333333
      private_endpoint_resource_group: rg-spoke
      private_endpoint_name: pe-orders
      provisioning_state: Ready
      etag: null
      parent_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/\
        providers/Microsoft.Sql/servers/sql-orders"
      parent_name: sql-orders
      parent_type: Microsoft.Sql/servers
      parent_resource_group: rg-data
      parent_subscription_id: 00000000-0000-0000-0000-000000000000
      parent_tags: {}
azure_error:
  description: The failed ARM request's answer (C(status), C(code), C(message), C(request_id)).
  returned: on failure caused by an ARM error
  type: dict
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_generic_info_module


def main():
    run_generic_info_module()


if __name__ == "__main__":
    main()
