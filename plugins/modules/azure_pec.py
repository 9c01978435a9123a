#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_pec
short_description: Approve, reject or remove a private endpoint connection of any Azure resource type
version_added: 0.1.0
description:
  - Brings one private endpoint connection of a resource of any type of the collection's type table (SQL servers,
    Cosmos DB accounts, Container Registries, Event Hubs, Web apps, Key Vaults, Storage accounts and the other
    types listed in docs/types.md) to the wanted status (V(Approved) or V(Rejected)), description and actions
    required, or removes it.
  - The same engine, options and results as M(privatelink.azure.azure_keyvault_pec) and its siblings; what
    differs between services (how a write is answered, which status changes the service refuses, its busy codes,
    its api-version) comes from the type's row of the table, each fact with its source.
  - Reads the connection first and writes only what differs; a connection already as wanted costs one ARM read.
  - A status change the service refuses (for example approving a Rejected Storage connection again) fails before
    anything is written, with the same sentence as the role's report.
options:
  resource_id:
    description:
      - The ARM id of the resource whose connection this is, for example
        C(/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Sql/servers/<name>).
      - Its subscription is the one the requests go to.
      - Exactly one of O(resource_id) and O(resource_type) (with O(resource_group) and O(resource_name)) names the
        resource.
    type: str
  resource_type:
    description:
      - The type of the resource, as an ARM type of docs/types.md (C(Microsoft.Sql/servers)) or one of its names
        (C(sql_server)), in any case. Needs O(resource_group) and O(resource_name).
    type: str
  resource_group:
    description:
      - The resource group of the resource named by O(resource_type) and O(resource_name).
    type: str
    required: false
  resource_name:
    description:
      - The name of the resource.
    type: str
  api_version:
    description:
      - The ARM C(api-version) every request of this task sends.
      - Default is the type's api-version in docs/types.md (for Key Vault, Managed HSM and Storage, the version
        their installed SDK sends).
      - Pin it for a cloud that lags public Azure; an api-version the type does not serve fails with Azure's error.
    type: str
extends_documentation_fragment:
  - privatelink.azure.connection
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
  - privatelink.azure.attributes.CONNECTION_CHANGES
seealso:
  - module: privatelink.azure.azure_pec_info
  - module: privatelink.azure.azure_pec_scope_info
  - module: privatelink.azure.azure_keyvault_pec
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-core
  - azure-identity
"""

EXAMPLES = r"""
- name: Approve the connection of a private endpoint to a SQL server
  privatelink.azure.azure_pec:
    resource_type: Microsoft.Sql/servers
    resource_group: rg-data
    resource_name: sql-orders
    private_endpoint_id: "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/\
      providers/Microsoft.Network/privateEndpoints/pe-orders"
    status: Approved
    description: Approved by the platform team (CHG-1234)

- name: Reject a connection of a Container Registry by its resource id and the connection's name
  privatelink.azure.azure_pec:
    resource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-build/providers/Microsoft.ContainerRegistry/registries/acrbuild
    name: pe-unknown.2f9c6a1e-0b7d-4f52-9a63-8d1e4c0b5a77
    status: Rejected
    description: Not from a platform subscription

- name: Remove a connection of a Cosmos DB account; its private endpoint becomes Disconnected
  privatelink.azure.azure_pec:
    resource_type: cosmosdb
    resource_group: rg-app
    resource_name: cosmos-app
    name: pe-old
    state: absent
"""

RETURN = r"""
connection:
  description:
    - The connection after the change (with O(wait=false), as Azure answered the write).
    - In check mode, the connection as it is now. With O(state=absent), the connection as it was before the
      removal, or V(null) when there was none.
    - The same dict as the C(connection) of M(privatelink.azure.azure_keyvault_pec), whatever the type (its keys
      are described there); C(parent_type) is the canonical ARM type of docs/types.md, C(status) and
      C(provisioning_state) are the service's own (SQL servers settle in C(Ready), Web apps show C(Approving)).
  returned: always, except when the options are invalid
  type: dict
  sample:
    id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/\
      providers/Microsoft.Sql/servers/sql-orders/privateEndpointConnections/pe-orders-7b3b0a9e"
    name: pe-orders-7b3b0a9e
    status: Approved
    description: Approved by the platform team (CHG-1234)
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
azure_error:
  description: The failed ARM request's answer.
  returned: on failure caused by an ARM error
  type: dict
  sample:
    status: 409
    code: AnotherOperationInProgress
    message: There is another operation in progress on the resource.
    request_id: 0d5c4a7e-2f0e-4f7a-9d55-3c1e0f8f2b11
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_generic_pec_module


def main():
    run_generic_pec_module()


if __name__ == "__main__":
    main()
