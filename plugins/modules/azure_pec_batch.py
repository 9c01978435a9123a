#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: azure_pec_batch
short_description: Apply many private endpoint connection changes at once, in parallel across resources
version_added: 0.1.0
description:
  - Approves, rejects or removes a list of private endpoint connections on resources of any type of docs/types.md,
    each through the same reconcile engine as M(privatelink.azure.azure_pec) and the per-type modules (read
    first, skip no-op writes, wait for Azure to finish, refuse what Azure cannot do).
  - Changes on different resources run in parallel; changes on one resource run one after another, because
    Azure refuses a second change on a vault or HSM while one is still running. A batch therefore takes about
    as long as the longest chain of changes on a single resource.
  - Signs in once for all the subscriptions of the changes (each change's subscription is the one in its
    O(changes[].connection_id)), since an Azure Resource Manager token is for a tenant, not a subscription.
  - Used by the role C(privatelink.azure.pec_approval); usable on its own.
  - When the job is stopped (SIGINT, SIGTERM, or the playbook gone, as when AWX cancels a job), no change starts
    after that, changes in flight stop waiting, and the task fails with each change's progress (docs/cancellation.md).
author:
  - privatelink.azure maintainers (@privatelink-azure)
requirements:
  - azure-identity
  - azure-mgmt-keyvault >= 10.3.0 (Key Vault and Managed HSM changes)
  - azure-mgmt-storage >= 21.2.0 (Storage account changes)
attributes:
  check_mode:
    support: full
    description: Each connection is read once (one GET) and the result says what would change; nothing is written.
  diff_mode:
    support: full
    description: Shows, per connection changed (or to change), its status, description and existence before and after.
  idempotent:
    support: full
    description: A change already made is read, found in place and reported with C(changed=false).
seealso:
  - module: privatelink.azure.azure_keyvault_pec
  - module: privatelink.azure.azure_mhsm_pec
  - module: privatelink.azure.azure_storage_pec
options:
  changes:
    description:
      - The changes to make, in order per resource.
    type: list
    elements: dict
    required: true
    suboptions:
      connection_id:
        description:
          - ARM id of the connection, C(/subscriptions/.../providers/<type>/<name>/privateEndpointConnections/<name>).
          - The subscription in the id is the one used, whatever I(subscription_id) says.
        type: str
        required: true
      action:
        description: C(approve) and C(reject) set the status; C(remove) deletes the connection.
        type: str
        required: true
        choices: [approve, reject, remove]
      description:
        description: Description to write with the new status; unchanged when omitted.
        type: str
  parallelism:
    description: How many resources are changed at the same time. From 1 to 64.
    type: int
    default: 8
  wait_timeout:
    description:
      - Seconds each change may take, including waiting for an earlier change on the same resource. From 0 to 3600.
    type: int
    default: 300
  journal:
    description:
      - A file to which the batch appends one JSON line per event, flushed as it happens, so that progress can be
        shown while it runs and what was done survives a cancelled job (whose result never reaches Ansible).
      - "Each line has C(time) (epoch seconds) and C(event): C(start) and C(finish) of a change (C(index),
        C(connection_id), C(action); C(finish) adds C(progress), C(changed), C(status), C(error)), and a last
        C(end) line with C(cancelled) (true or false); a cancelled batch's C(end) line lists the connection ids
        C(done), C(in_flight) and C(not_started), and the C(reason)."
      - The file is created when missing and never truncated. Not written when omitted.
    type: path
  fail_on_item_error:
    description:
      - Fail the task when any change failed. With C(false) the task succeeds and each failure is in
        RV(results) (the role does this so that it can write its report first).
    type: bool
    default: true
extends_documentation_fragment:
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
"""

EXAMPLES = r"""
- name: Approve two connections and remove a third, in parallel across vaults
  privatelink.azure.azure_pec_batch:
    changes:
      - connection_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/\
          Microsoft.KeyVault/vaults/kv-app/privateEndpointConnections/pe-app"
        action: approve
        description: Approved by the platform team
      - connection_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/\
          Microsoft.KeyVault/managedHSMs/mhsm-payments/privateEndpointConnections/pe-hsm"
        action: approve
      - connection_id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers/\
          Microsoft.KeyVault/vaults/kv-shared/privateEndpointConnections/pe-gone"
        action: remove
  register: batch

- name: The role's way, from a list of planned changes (the task succeeds; failures are in the results)
  privatelink.azure.azure_pec_batch:
    changes: "{{ planned_changes }}"
    parallelism: 16
    fail_on_item_error: false
  register: batch
"""

RETURN = r"""
results:
  description: One entry per change, in the order given.
  returned: always
  type: list
  elements: dict
  contains:
    connection_id:
      description: The connection's ARM id, as given.
      type: str
    action:
      description: The action asked for.
      type: str
      sample: approve
    changed:
      description: Whether Azure was (or, in check mode, would be) changed.
      type: bool
    status:
      description: Status after the change (C(Absent) once removed); in check mode the current status.
      type: str
      sample: Approved
    connection:
      description: The connection after the change, as the info modules return it; null once removed.
      type: dict
    error:
      description: Why the change failed (C(message) is the full sentence), or null.
      type: dict
      sample: {code: Conflict, message: "...", request_id: 5b1f0d6e-7c1a-4c1e-9a55-1f4e1c2b3a4d, status: 409}
    gone:
      description:
        - True when the resource provider has no such connection (any more), e.g. a candidate Azure Resource Graph
          still showed. Nothing was written; RV(results[].status) is C(Absent) and RV(results[].error) null.
      type: bool
    read_at:
      description: When the resource provider last answered about this connection (UTC).
      type: str
      sample: "2026-12-05T14:02:15Z"
    progress:
      description:
        - C(done) (finished, successfully or not), C(in flight) (stopped by a cancellation while running; see
          RV(results[].connection) for its last seen state) or C(not started) (cancelled before it began).
      type: str
      sample: done
    started:
      description: Seconds from the start of the batch to the start of this change.
      type: float
    seconds:
      description: Seconds this change took (including waits).
      type: float
failed_changes:
  description: How many changes failed.
  returned: always
  type: int
  sample: 0
seconds:
  description: Wall time of the whole batch.
  returned: always
  type: float
longest_chain:
  description: The most changes queued on a single resource (they run one after another).
  returned: when not cancelled
  type: int
pacing:
  description:
    - What sharing Azure's request budgets cost (docs/waiting.md). V(waited_seconds) is the time requests waited
      for a budget to refill, summed over the parallel workers; V(throttled_answers) counts 429 answers.
  returned: when not cancelled
  type: dict
  sample: {"waited_seconds": 0.0, "throttled_answers": 0}
cancelled:
  description: True when the job was stopped while the batch ran; RV(results[].progress) says what was done.
  returned: when cancelled
  type: bool
"""

from ansible_collections.privatelink.azure.plugins.module_utils._module import run_batch_module


def main():
    run_batch_module()


if __name__ == "__main__":
    main()
