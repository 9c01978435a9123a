# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""ansible-rulebook event source privatelink.azure.pec_events: private endpoint connections that appear or change.

Thin on purpose: the reads are the role's and the info modules' (plugins/plugin_utils/_watch_reads.py), what is
news and how long to wait is decided in plugins/plugin_utils/_watch.py; this file polls and fills the queue.
"""

from __future__ import annotations

import asyncio
import os
import sys

DOCUMENTATION = r"""
---
short_description: Events for Azure private endpoint connections that appear or change status.
description:
  - An ansible-rulebook event source that polls the private endpoint connections of the resources in a scope (any
    type of docs/types.md) and puts one event on the queue for each connection that appeared or whose status
    changed since the last poll.
  - The scope and the reads are those of the C(privatelink.azure.pec_approval) role, one paged list of the
    resources per resource type and subscription, whatever the number of resources, or over many subscriptions
    or types one Azure Resource Graph query per poll (see O(discovery)). The subscription list Resource Graph
    needs is read again every 10 minutes only.
  - "Each event is C({connection: {...}, change: {kind, previous_status, status, detected_at}}): C(connection) is
    the connection dict the modules return (docs/design.md); C(change.kind) is V(appeared), V(status_changed) or
    V(existing) (already there at the first poll, see O(emit_existing_at_start))."
  - A poll that fails (throttling, server errors, no answer, authentication) changes nothing; the next one is
    compared with the last successful one, so no event is lost or sent twice. Failed polls are retried after
    O(poll_interval) doubled per failure in a row, up to O(max_backoff), and never sooner than Azure's
    C(Retry-After).
  - One credential is kept for the life of the source; azure-identity refreshes its token before it expires.
options:
  subscriptions:
    description:
      - Whole subscriptions to watch, as in the role's C(pec_approval_subscriptions).
      - With no O(subscriptions), O(resource_groups) or O(resources), every subscription the identity can list.
    type: list
    elements: str
  exclude_subscriptions:
    description: Subscriptions left out of the scope, as in the role's C(pec_approval_exclude_subscriptions).
    type: list
    elements: str
  discovery:
    description:
      - V(auto), V(resource_graph) or V(arm), as the module C(privatelink.azure.azure_pec_scope_info)'s option.
      - What Resource Graph shows may lag behind by seconds to minutes (events then come a poll or two later); the
        playbook an event runs reads the connection from its resource provider before changing it.
    type: str
    choices: [auto, resource_graph, arm]
    default: auto
  rules:
    description:
      - The rules of the role C(privatelink.azure.pec_approval) (C(pec_approval_rules)), decided as the role
        decides. When given, a connection that already exists at the first poll is sent (see
        O(emit_existing_at_start)) only when the rules would change it (approve, reject or remove), whenever it
        arrived, also while the source was down.
      - A connection the rules leave Pending (C(keep), or no rule matches) is not sent at the first poll, whether
        it was sent before the restart or arrived while the source was down (the source keeps no state between
        runs, so it cannot tell the two apart). The playbook would change nothing for it; it is named in the
        source's log and in the role's reports. To be told of every waiting request after each restart, leave
        O(rules) out (O(emit_existing_at_start=pending)).
      - Connections that appear or change status while the source runs are always sent.
    type: list
    elements: dict
  resource_groups:
    description: Resource groups to watch (a name, or C({name, subscription_id})), as in C(pec_approval_resource_groups).
    type: list
    elements: raw
  resources:
    description: Single resources to watch (C({type, resource_group, name, subscription_id})), as in C(pec_approval_resources).
    type: list
    elements: dict
  resource_types:
    description:
      - The resource types the subscriptions and resource groups are watched for (ARM types of docs/types.md or
        their names, in any case).
      - Empty (the default) means every type of the table, at one read per type and subscription (or group) per poll.
    type: list
    elements: str
    default: []
  poll_interval:
    description:
      - Seconds between two polls. Each poll costs one read per resource type and subscription; see docs/eda.md for
        choosing it against Azure Resource Manager's read limits.
    type: float
    default: 30
  max_backoff:
    description: The longest wait, in seconds, between polls after failures (Azure's Retry-After may ask for more).
    type: float
    default: 600
  emit_existing_at_start:
    description:
      - Which connections that already exist at the first successful poll are sent as events.
      - V(pending) sends those waiting for a decision, so that requests made while the source was stopped are not
        missed after a restart; V(all) sends every one; V(none) only watches for news. V(true) and V(false) mean
        V(all) and V(none).
    type: str
    choices: [all, pending, none]
    default: pending
  auth_source:
    description:
      - The authentication options of the modules, with the same environment variables and precedence -
        O(auth_source), O(subscription_id), O(tenant), O(client_id), O(secret), O(x509_certificate_path),
        O(x509_certificate_password), O(federated_token_file), O(profile), O(cloud_environment),
        O(resource_manager_endpoint), O(resource_manager_audience), O(authority_host), O(ca_bundle),
        O(validate_certs), O(cert_validation_mode), O(thumbprint), O(disable_instance_discovery). They are
        documented once, in the C(privatelink.azure.auth) doc fragment
        (C(ansible-doc privatelink.azure.azure_keyvault_pec_info)) and docs/authentication.md.
      - O(auth_source) unset means E(ANSIBLE_AZURE_AUTH_SOURCE), else V(auto).
    type: str
"""

EXAMPLES = r"""
- name: Approve private endpoint requests as they arrive
  hosts: localhost
  sources:
    - privatelink.azure.pec_events:
        subscriptions:
          - 00000000-0000-0000-0000-000000000000
        poll_interval: 30
  rules:
    - name: A request is waiting
      condition: event.connection.status == "Pending"
      action:
        print_event:
"""


def _collection_importable():
    """Make ``ansible_collections.privatelink.azure`` importable in ansible-rulebook's process.

    ansible-rulebook runs this file with runpy.run_path from the installed collection, without Ansible's collection
    loader, so the directory that holds ``ansible_collections/`` is put on sys.path (the path as given: the
    collection may be reached through a symlink).
    """
    parts = os.path.abspath(__file__).split(os.sep)
    if len(parts) > 8 and parts[-8:-5] == ["ansible_collections", "privatelink", "azure"]:
        root = os.sep.join(parts[:-8]) or os.sep
        if root not in sys.path:
            sys.path.insert(0, root)  # this very copy of the collection, not another one installed elsewhere


_collection_importable()

# pylint: disable=wrong-import-position
from ansible_collections.privatelink.azure.plugins.plugin_utils._watch import (
    PollPacer, Watch, changes_by, poll_forever, watch_options)
from ansible_collections.privatelink.azure.plugins.plugin_utils._watch_reads import ScopeReader


async def main(queue, args):
    """Poll the scope until cancelled; one event per connection that appeared or changed status."""
    options = watch_options(args)
    # In a thread: for auth_source=cli without subscription_id this runs `az account show`.
    reader = await asyncio.to_thread(ScopeReader, options["scope"], options["auth"],
                                     read_budget=options["poll_interval"], discovery=options["discovery"])
    try:
        would_change = changes_by(options["rules"]) if options["rules"] else None
        await poll_forever(queue, reader.read, Watch(options["emit_existing"], would_change),
                           PollPacer(options["poll_interval"], options["max_backoff"]))
    finally:
        reader.close()


if __name__ == "__main__":
    # Run by hand: events are printed. The AZURE_* variables (real ones, or those of the emulator) say where to look.
    class _PrintQueue:
        async def put(self, item):
            print(item)  # noqa: T201

    # python pec_events.py [SUBSCRIPTION_ID ...]; without one, AZURE_SUBSCRIPTION_ID.
    asyncio.run(main(_PrintQueue(), {"subscriptions": sys.argv[1:] or [os.environ.get("AZURE_SUBSCRIPTION_ID", "")],
                                     "poll_interval": 5}))
