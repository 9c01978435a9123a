#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_mhsm_pec_info
short_description: List the private endpoint connections of Azure Managed HSMs
version_added: 0.1.0
description:
  - Returns the private endpoint connections of one Managed HSM, of every Managed HSM in a resource group, or
    of every Managed HSM in the subscription, optionally filtered.
options:
  hsm_name:
    description:
      - Only this Managed HSM. Needs O(resource_group).
    type: str
extends_documentation_fragment:
  - privatelink.azure.connection.info
  - privatelink.azure.connection.api_version
  - privatelink.azure.auth
  - privatelink.azure.attributes.READ_ONLY
  - privatelink.azure.attributes.ACTIONGROUP_PEC
seealso:
  - module: privatelink.azure.azure_mhsm_pec
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-keyvault >= 10.3.0
  - azure-identity
"""

EXAMPLES = r"""
- name: The connections of one Managed HSM
  privatelink.azure.azure_mhsm_pec_info:
    resource_group: rg-app
    hsm_name: mhsm-payments
  register: hsm

- name: Connections still waiting for a decision, on every Managed HSM of the subscription
  privatelink.azure.azure_mhsm_pec_info:
    status: [Pending]
  register: pending

- name: The connection of one private endpoint, wherever it is in a resource group
  privatelink.azure.azure_mhsm_pec_info:
    resource_group: rg-app
    private_endpoint_id: "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/\
      providers/Microsoft.Network/privateEndpoints/pe-hsm"
  register: pe_hsm
"""

RETURN = r"""
connections:
  description:
    - The matching connections, each with its parent's id, name and tags (the same dict as the C(connection)
      returned by M(privatelink.azure.azure_mhsm_pec), plus C(parent_tags)).
    - Managed HSM embeds connections in the pool without their name; it is taken from the id.
  returned: success
  type: list
  elements: dict
  sample:
    - id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sample-group/\
        providers/Microsoft.KeyVault/managedhsms/sample-mhsm/privateEndpointConnections/sample-pec"
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
      etag: null
      parent_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sample-group/\
        providers/Microsoft.KeyVault/managedhsms/sample-mhsm"
      parent_name: sample-mhsm
      parent_type: Microsoft.KeyVault/managedHSMs
      parent_resource_group: sample-group
      parent_subscription_id: 00000000-0000-0000-0000-000000000000
      parent_tags: {}
azure_error:
  description: The failed ARM request's answer.
  returned: on failure caused by an ARM error
  type: dict
  sample:
    status: 403
    code: AuthorizationFailed
    message: The client does not have authorization to perform action 'Microsoft.KeyVault/managedHSMs/read'.
    request_id: 7f3b2c1a-5d4e-4c3b-9a2f-1e0d9c8b7a6f
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_info_module


def main():
    run_info_module("mhsm")


if __name__ == "__main__":
    main()
