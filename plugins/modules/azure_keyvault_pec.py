#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_keyvault_pec
short_description: Approve, reject or remove a private endpoint connection of an Azure Key Vault
version_added: 0.1.0
description:
  - Brings one private endpoint connection of a Key Vault to the wanted status (V(Approved) or V(Rejected)),
    description and actions required, or removes it.
  - Reads the connection first and writes only what differs; a connection already as wanted costs one ARM read.
  - Key Vault answers a change with C(provisioningState=Updating) and finishes it later; with O(wait=true) the
    module polls the connection until it is C(Succeeded). Removal is a long-running operation, followed the
    same way.
options:
  vault_name:
    description:
      - The name of the Key Vault.
    type: str
    required: true
extends_documentation_fragment:
  - privatelink.azure.connection
  - privatelink.azure.connection.api_version
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
  - privatelink.azure.attributes.CONNECTION_CHANGES
seealso:
  - module: privatelink.azure.azure_keyvault_pec_info
  - module: privatelink.azure.azure_mhsm_pec
  - module: privatelink.azure.azure_storage_pec
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-keyvault >= 10.3.0
  - azure-identity
"""

EXAMPLES = r"""
- name: Approve the connection of a private endpoint from the spoke subscription
  privatelink.azure.azure_keyvault_pec:
    resource_group: rg-app
    vault_name: kv-app
    private_endpoint_id: "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/\
      providers/Microsoft.Network/privateEndpoints/pe-app"
    status: Approved
    description: Approved by the platform team (CHG-1234)

- name: Reject a connection by its name, without waiting for Azure to finish
  privatelink.azure.azure_keyvault_pec:
    resource_group: rg-app
    vault_name: kv-app
    name: pe-unknown
    status: Rejected
    description: Not from a platform subscription
    wait: false

- name: Remove a connection; its private endpoint becomes Disconnected
  privatelink.azure.azure_keyvault_pec:
    resource_group: rg-app
    vault_name: kv-app
    name: pe-batch
    state: absent
    wait_timeout: 120
"""

RETURN = r"""
connection:
  description:
    - The connection after the change (with O(wait=false), as Azure answered the write, still C(Updating)).
    - In check mode, the connection as it is now. With O(state=absent), the connection as it was before the
      removal, or V(null) when there was none.
  returned: always, except when the options are invalid
  type: dict
  sample:
    id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sample-group/\
      providers/Microsoft.KeyVault/vaults/sample-vault/privateEndpointConnections/sample-pec"
    name: sample-pec
    status: Approved
    description: My name is Joe and I'm approving this.
    actions_required: None
    private_endpoint_id: "/subscriptions/00000000-0000-0000-1234-000000000000/resourceGroups/sample-group/\
      providers/Microsoft.Network/privateEndpoints/sample-pe"
    private_endpoint_subscription_id: 00000000-0000-0000-1234-000000000000
    private_endpoint_resource_group: sample-group
    private_endpoint_name: sample-pe
    provisioning_state: Succeeded
    etag: 9079349cda594587a5dd5604a877e39b
    parent_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sample-group/\
      providers/Microsoft.KeyVault/vaults/sample-vault"
    parent_name: sample-vault
    parent_type: Microsoft.KeyVault/vaults
    parent_resource_group: sample-group
    parent_subscription_id: 00000000-0000-0000-0000-000000000000
  contains:
    id: {description: ARM id of the connection., type: str, returned: always}
    name: {description: Name of the connection., type: str, returned: always}
    status: {description: "V(Pending), V(Approved), V(Rejected) or V(Disconnected).", type: str, returned: always}
    description: {description: Reason given with the status (empty string when none)., type: str, returned: always}
    request_message:
      description: "The consumer's request message: the description of a V(Pending) connection, V(null) on others."
      type: str
      returned: always
    group_ids:
      description: "Sub-resources the connection serves (C(blob), C(dfs), C(sqlServer)...) where the service names them, else V([])."
      type: list
      elements: str
      returned: always
    actions_required: {description: The service's C(actionsRequired)., type: str, returned: always}
    private_endpoint_id: {description: ARM id of the consumer's private endpoint., type: str, returned: always}
    private_endpoint_subscription_id: {description: Subscription of the private endpoint., type: str, returned: always}
    private_endpoint_resource_group: {description: Resource group of the private endpoint., type: str, returned: always}
    private_endpoint_name: {description: Name of the private endpoint., type: str, returned: always}
    provisioning_state: {description: "C(Succeeded), or C(Updating)/C(Deleting) while Azure applies a change.", type: str, returned: always}
    etag: {description: Etag of the connection; V(null) when the service sent none., type: str, returned: always}
    parent_id: {description: ARM id of the Key Vault., type: str, returned: always}
    parent_name: {description: Name of the Key Vault., type: str, returned: always}
    parent_type: {description: "Always C(Microsoft.KeyVault/vaults).", type: str, returned: always}
    parent_resource_group: {description: Resource group of the Key Vault., type: str, returned: always}
    parent_subscription_id: {description: Subscription of the Key Vault., type: str, returned: always}
azure_error:
  description: The failed ARM request's answer.
  returned: on failure caused by an ARM error
  type: dict
  sample:
    status: 409
    code: AnotherOperationInProgress
    message: There is another operation in progress on the vault.
    request_id: 0d5c4a7e-2f0e-4f7a-9d55-3c1e0f8f2b11
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_pec_module


def main():
    run_pec_module("keyvault")


if __name__ == "__main__":
    main()
