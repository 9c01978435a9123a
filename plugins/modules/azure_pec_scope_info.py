#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_pec_scope_info
short_description: Read the private endpoint connections of a whole fleet in one task
version_added: 0.1.0
description:
  - Returns every private endpoint connection of the resources in a scope made of named resources, whole resource
    groups and whole subscriptions, with each resource (its tags and its connection counts by status). Any type of
    the collection's type table (docs/types.md) can be read.
  - Reads every type and subscription concurrently in this one process, with one sign-in for all subscriptions,
    and sends one paged list per type and subscription, so the cost grows with the number of pages, not with the
    number of resources. A type and subscription of which the scope names only a few resources or resource groups (at most
    4) is read with one GET per resource and one paged list per group instead.
  - Over many subscriptions or types (more than 8 such lists), it asks Azure Resource Graph instead, in one paged
    query for every type and subscription (see O(discovery)). What Resource Graph shows may lag behind by seconds
    to minutes; every module that changes a connection reads it from its resource provider first.
  - With no O(resources), O(resource_groups) or O(subscriptions) at all, the scope is every subscription this
    identity can list (C(GET /subscriptions)), less O(exclude_subscriptions); RV(discovery) says so.
  - Named resources and resource groups that cannot be read (missing, or this identity may not read them) are
    returned in RV(errors), with Azure's code, message and request id; so are subscriptions that cannot be listed.
  - Used by the role C(privatelink.azure.pec_approval), which calls it once for its whole scope.
options:
  resources:
    description:
      - Named resources. Each is a dict with C(type) (an ARM type of docs/types.md such as
        C(Microsoft.KeyVault/vaults), or one of its names such as C(keyvault), in any case), C(resource_group),
        C(name) and optionally C(subscription_id) (the credentials' default when omitted), or the resource's ARM id.
      - A string of comma-, space- or newline-separated ARM ids is accepted too (what an AWX survey sends).
      - Named resources are in scope whatever O(resource_types) says.
    type: list
    elements: raw
    default: []
  resource_groups:
    description:
      - Resource groups whose every resource of the types in O(resource_types) is in scope. Each is a name (in the
        default subscription), a dict with C(name) and optionally C(subscription_id), or the group's ARM id.
      - A comma-, space- or newline-separated string is accepted too.
    type: list
    elements: raw
    default: []
  subscriptions:
    description:
      - Subscription ids whose every resource of the types in O(resource_types) is in scope.
      - A comma-, space- or newline-separated string is accepted too.
    type: list
    elements: str
    default: []
  exclude_subscriptions:
    description:
      - Subscription ids left out of the scope, whatever else names them. With no O(subscriptions), O(resources) or
        O(resource_groups), the scope is every subscription this identity can list but these.
      - A comma-, space- or newline-separated string is accepted too.
    type: list
    elements: str
    default: []
  discovery:
    description:
      - How the parents and their connections are found.
      - V(arm) sends the resource providers' own paged lists, one per type and subscription (exact, as of now).
      - V(resource_graph) sends one paged Azure Resource Graph query (C(POST /providers/Microsoft.ResourceGraph/resources))
        for every type and subscription in scope, 1,000 resources a page, 1,000 subscriptions a request, and honours
        its user quota; it first lists the subscriptions this identity can see, and reports any subscription of the
        scope that is not among them (Resource Graph would leave it out without a word). Resource Graph is
        eventually consistent, so what it returns is a candidate; RV(connections[].source) says so.
      - V(auto) uses Resource Graph when the scope would take more than 8 lists, and the lists otherwise. Up to 8
        lists are read at once by default, so they cost one round trip and are exact. When Resource Graph refuses
        (such as 403) or answers only part of the rows, V(auto) reads the lists instead with a warning, if the scope
        takes at most 40 of them; otherwise, and always after Resource Graph's quota answered 429 (or its reset
        would outlast O(timeout)), nothing more is sent, the subscriptions it did not answer for are reported in
        RV(errors) and a warning says how long to wait.
    type: str
    choices: [auto, resource_graph, arm]
    default: auto
  resource_types:
    description:
      - Resource types read in O(resource_groups) and O(subscriptions), as ARM types of docs/types.md (such as
        C(Microsoft.KeyVault/vaults)) or their names (such as C(keyvault), C(managed_hsm), C(storage)), in any case.
      - Every type of the table when omitted; that costs one paged list per type and subscription (or group).
    type: list
    elements: str
  parallelism:
    description: How many reads run at the same time (1 to 64).
    type: int
    default: 8
  timeout:
    description:
      - Seconds the whole read may take, sign-in and every wait for throttling (429) and server errors included
        (1 to 3600). A read still failing then is returned in RV(errors).
    type: int
    default: 120
  fail_on_error:
    description:
      - Fail the task when any part of the scope could not be read. With C(false) the task succeeds, returns what
        it could read and lists the rest in RV(errors) (the role does this so that it can write its report first).
    type: bool
    default: true
  result_file:
    description:
      - Write RV(connections) and RV(resources) to this new file (JSON, mode 0600) on the host the module runs
        on, and return them empty. For a caller on the same machine reading tens of thousands of connections
        (the role's C(pec_approval_plan) does this with a local connection), which ansible-core's result
        handling would spend seconds on.
      - The file must not exist yet, and its directory must belong to the user the module runs as and be
        writable by nobody else (such as a directory made by C(mktemp -d)); the caller owns it and removes it.
        The file is written whole under a temporary name in that directory, then linked to this name.
      - This is the only thing the module writes, and only when asked; it is written in check mode too, since it
        hands over what was read and changes nothing in Azure or elsewhere on the host.
    type: path
extends_documentation_fragment:
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
attributes:
  check_mode:
    support: full
    description:
      - Reads Azure only; runs the same in check mode.
      - Writes nothing on the host either, but the O(result_file) a caller asks for (in check mode too).
  diff_mode:
    support: none
    description: Changes nothing, so has nothing to show.
  idempotent:
    support: full
    description: Always reports C(changed=false); a second run with the same O(result_file) fails, as the file exists.
seealso:
  - module: privatelink.azure.azure_keyvault_pec_info
  - module: privatelink.azure.azure_mhsm_pec_info
  - module: privatelink.azure.azure_storage_pec_info
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-mgmt-core
  - azure-identity
"""

EXAMPLES = r"""
- name: Every connection of two subscriptions (six paged lists, one sign-in)
  privatelink.azure.azure_pec_scope_info:
    subscriptions:
      - 00000000-0000-0000-0000-000000000000
      - 66666666-6666-6666-6666-666666666666
  register: fleet

- name: Every subscription this identity can see but two, through Azure Resource Graph
  privatelink.azure.azure_pec_scope_info:
    exclude_subscriptions: [55555555-5555-5555-5555-555555555555, 77777777-7777-7777-7777-777777777777]
    discovery: resource_graph
  register: everything

- name: Pending connections per resource
  ansible.builtin.debug:
    msg: "{{ fleet.resources | items2dict(key_name='name', value_name='connections_by_status') }}"

- name: Two vaults and the Storage accounts of one resource group, from survey answers
  privatelink.azure.azure_pec_scope_info:
    resources: "{{ survey_vault_ids }}"   # "/subscriptions/.../vaults/kv-a,/subscriptions/.../vaults/kv-b"
    resource_groups: [rg-data]
    resource_types: [storage]
    fail_on_error: false
  register: some
"""

RETURN = r"""
connections:
  description:
    - The connections in scope, each once, as M(privatelink.azure.azure_keyvault_pec_info) returns them (with
      C(parent_tags)), and where each was read and when.
  returned: always
  type: list
  elements: dict
  contains:
    source:
      description: Where the connection was read, C(resource provider) or C(Resource Graph) (a candidate).
      type: str
      sample: Resource Graph
    read_at:
      description: When the answer it comes from arrived (UTC).
      type: str
      sample: "2026-12-05T14:02:11Z"
resources:
  description: The resources in scope that were read, with or without connections.
  returned: always
  type: list
  elements: dict
  contains:
    id:
      description: ARM id of the resource.
      type: str
    name:
      description: Name of the resource.
      type: str
    type:
      description: Canonical ARM type.
      type: str
      sample: Microsoft.KeyVault/vaults
    resource_group:
      description: Resource group of the resource.
      type: str
    subscription_id:
      description: Subscription of the resource.
      type: str
    location:
      description: Azure region.
      type: str
    tags:
      description: Tags of the resource.
      type: dict
    connections:
      description: How many private endpoint connections it has.
      type: int
    connections_by_status:
      description: Its connections counted by status (every status the service has, zeros included).
      type: dict
      sample: {Pending: 2, Approved: 5, Rejected: 0, Disconnected: 1}
errors:
  description: What could not be read, one entry per named resource, resource group list or subscription list.
  returned: always
  type: list
  elements: dict
  contains:
    scope:
      description: What could not be read, e.g. C(Key Vault 'kv-a' in resource group 'rg-app' in subscription ...).
      type: str
    msg:
      description: The full sentence.
      type: str
    azure_error:
      description: Azure's answer (C(status), C(code), C(message), C(request_id)), or null.
      type: dict
discovery:
  description: How the scope was read.
  returned: always
  type: dict
  contains:
    requested:
      description: The O(discovery) asked for.
      type: str
    method:
      description: What was used, C(resource_graph) or C(arm).
      type: str
    subscriptions:
      description: How many subscriptions the scope touched.
      type: int
    all_subscriptions:
      description: Whether the scope was every subscription this identity can list (nothing was named).
      type: bool
    excluded:
      description: The subscriptions left out by O(exclude_subscriptions), lower case.
      type: list
      elements: str
    left_out:
      description:
        - The listed subscriptions of the scope that were not read for their state (C(Deleted)), each with
          C(subscription_id), C(name), C(state) and C(reason). Leaving out a deleted subscription is our inference.
      type: list
      elements: dict
    read_only:
      description:
        - The subscriptions of the scope in state C(Disabled) (C(subscription_id), C(name), C(state)), known when the
          subscription list was read. They are read like the others, but ARM refuses every change there
          (C(ReadOnlyDisabledSubscription)).
      type: list
      elements: dict
result_file:
  description: The file O(result_file) written, holding C(connections) and C(resources).
  returned: when O(result_file) is set
  type: str
reads:
  description:
    - One entry per request series sent (a paged list, or a GET of a named resource), for accounting.
    - A Resource Graph query is one entry per 1,000 subscriptions, with C(method) C(query), C(subscriptions) and
      C(pages).
  returned: always
  type: list
  elements: dict
  sample:
    - {type: Microsoft.KeyVault/vaults, subscription_id: 00000000-0000-0000-0000-000000000000, resource_group: null,
       name: null, method: list, parents: 12, failed: false}
subscription_id:
  description: The credentials' default subscription (used for entries without C(subscription_id)).
  returned: always
  type: str
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_scope_module


def main():
    run_scope_module()


if __name__ == "__main__":
    main()
