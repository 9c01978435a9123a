#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_storage_pec_info
short_description: List the private endpoint connections of Azure Storage accounts
version_added: 0.1.0
description:
  - Returns the private endpoint connections of one Storage account, of every Storage account in a resource group,
    or of every Storage account in the subscription, optionally filtered.
options:
  account_name:
    description:
      - Only this Storage account. Needs O(resource_group).
    type: str
extends_documentation_fragment:
  - privatelink.azure.connection.info
  - privatelink.azure.connection.api_version
  - privatelink.azure.auth
  - privatelink.azure.attributes.READ_ONLY
  - privatelink.azure.attributes.ACTIONGROUP_PEC
seealso:
  - module: privatelink.azure.azure_storage_pec
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-storage >= 21.2.0
  - azure-identity
"""

EXAMPLES = r"""
- name: The connections of one Storage account
  privatelink.azure.azure_storage_pec_info:
    resource_group: rg-app
    account_name: stappdata01
  register: stappdata01

- name: Rejected or Pending connections of every Storage account in the subscription
  privatelink.azure.azure_storage_pec_info:
    status: [Pending, Rejected]
  register: to_review

- name: Connections from endpoints outside the platform subscriptions, in one resource group
  privatelink.azure.azure_storage_pec_info:
    resource_group: rg-app
    private_endpoint_subscription_id: 99999999-9999-9999-9999-999999999999
  register: foreign
"""

RETURN = r"""
connections:
  description:
    - The matching connections, each with its parent's id, name and tags (the same dict as the C(connection)
      returned by M(privatelink.azure.azure_storage_pec), plus C(parent_tags)).
  returned: success
  type: list
  elements: dict
  sample:
    - id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/res7231/\
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
      parent_tags: {}
azure_error:
  description: The failed ARM request's answer.
  returned: on failure caused by an ARM error
  type: dict
  sample:
    status: 403
    code: AuthorizationFailed
    message: The client does not have authorization to perform action 'Microsoft.Storage/storageAccounts/read'.
    request_id: 7f3b2c1a-5d4e-4c3b-9a2f-1e0d9c8b7a6f
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_info_module


def main():
    run_info_module("storage")


if __name__ == "__main__":
    main()
