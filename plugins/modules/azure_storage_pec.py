#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_storage_pec
short_description: Approve, reject or remove a private endpoint connection of an Azure Storage account
version_added: 0.1.0
description:
  - Brings one private endpoint connection of a Storage account to the wanted status (V(Approved) or
    V(Rejected)), description and action required, or removes it.
  - Reads the connection first and writes only what differs; a connection already as wanted costs one ARM read.
  - Storage applies a change at once (C(provisioningState=Succeeded) in the answer) and removes a connection
    synchronously, so there is nothing to wait for after a write; O(wait_timeout) still bounds the retries of
    throttled (429), failed (5xx) and conflicting (409) requests.
  - B(A change of description or action required alone cannot be made on Storage.) Storage answers
    C(400 InvalidValuesForRequestParameters) to any write that repeats the connection's current status. When
    the status is already as wanted and only O(description) or O(actions_required) differ, the module writes
    nothing, reports C(changed=false) and returns a warning saying so (the status is what grants or denies
    access; failing every run over a description set in the portal would make the task unusable). Change the
    description together with a status change, or remove the connection and have the consumer recreate its
    private endpoint.
options:
  account_name:
    description:
      - The name of the Storage account.
    type: str
    required: true
extends_documentation_fragment:
  - privatelink.azure.connection
  - privatelink.azure.connection.api_version
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
  - privatelink.azure.attributes.CONNECTION_CHANGES
seealso:
  - module: privatelink.azure.azure_storage_pec_info
  - module: privatelink.azure.azure_keyvault_pec
  - module: privatelink.azure.azure_mhsm_pec
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-storage >= 21.2.0
  - azure-identity
"""

EXAMPLES = r"""
- name: Approve the blob endpoint of the spoke subscription
  privatelink.azure.azure_storage_pec:
    resource_group: rg-app
    account_name: stappdata01
    private_endpoint_id: "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/\
      providers/Microsoft.Network/privateEndpoints/pe-blob"
    status: Approved
    description: Approved by the platform team (CHG-1236)

- name: Reject the batch endpoint (selected by endpoint too; Storage generates the connection names)
  privatelink.azure.azure_storage_pec:
    resource_group: rg-app
    account_name: stappdata01
    private_endpoint_id: "/subscriptions/55555555-5555-5555-5555-555555555555/resourceGroups/rg-batch/\
      providers/Microsoft.Network/privateEndpoints/pe-batch-blob"
    status: Rejected
    description: Batch moved to its own account
    actions_required: Recreate the endpoint against stbatch01

- name: Remove the rejected connection of an endpoint that is not ours
  privatelink.azure.azure_storage_pec:
    resource_group: rg-app
    account_name: stappdata01
    private_endpoint_id: "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/rg-elsewhere/\
      providers/Microsoft.Network/privateEndpoints/pe-old"
    state: absent
"""

RETURN = r"""
connection:
  description:
    - The connection after the change, as Azure answered the write.
    - In check mode, the connection as it is now. With O(state=absent), the connection as it was before the
      removal, or V(null) when there was none.
  returned: always, except when the options are invalid
  type: dict
  sample:
    id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/res7231/\
      providers/Microsoft.Storage/storageAccounts/sto288/privateEndpointConnections/sto288.7b3b0a9e-2d6c-4a3e-9c4a-0f4a1f2e3d4c"
    name: sto288.7b3b0a9e-2d6c-4a3e-9c4a-0f4a1f2e3d4c
    status: Approved
    description: Auto-Approved
    actions_required: None
    private_endpoint_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/res7231/\
      providers/Microsoft.Network/privateEndpoints/petest01"
    private_endpoint_subscription_id: 00000000-0000-0000-0000-000000000000
    private_endpoint_resource_group: res7231
    private_endpoint_name: petest01
    provisioning_state: Succeeded
    etag: null
    parent_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/res7231/\
      providers/Microsoft.Storage/storageAccounts/sto288"
    parent_name: sto288
    parent_type: Microsoft.Storage/storageAccounts
    parent_resource_group: res7231
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
    actions_required: {description: The service's C(actionRequired)., type: str, returned: always}
    private_endpoint_id: {description: ARM id of the consumer's private endpoint., type: str, returned: always}
    private_endpoint_subscription_id: {description: Subscription of the private endpoint., type: str, returned: always}
    private_endpoint_resource_group: {description: Resource group of the private endpoint., type: str, returned: always}
    private_endpoint_name: {description: Name of the private endpoint., type: str, returned: always}
    provisioning_state: {description: "C(Succeeded), or C(Updating)/C(Deleting) while Azure applies a change.", type: str, returned: always}
    etag: {description: Etag of the connection; V(null) when the service sent none., type: str, returned: always}
    parent_id: {description: ARM id of the Storage account., type: str, returned: always}
    parent_name: {description: Name of the Storage account., type: str, returned: always}
    parent_type: {description: "Always C(Microsoft.Storage/storageAccounts).", type: str, returned: always}
    parent_resource_group: {description: Resource group of the Storage account., type: str, returned: always}
    parent_subscription_id: {description: Subscription of the Storage account., type: str, returned: always}
azure_error:
  description: The failed ARM request's answer.
  returned: on failure caused by an ARM error
  type: dict
  sample:
    status: 400
    code: InvalidValuesForRequestParameters
    message: "Values for request parameters are invalid: privateLinkServiceConnectionState.status."
    request_id: 0d5c4a7e-2f0e-4f7a-9d55-3c1e0f8f2b11
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_pec_module


def main():
    run_pec_module("storage")


if __name__ == "__main__":
    main()
