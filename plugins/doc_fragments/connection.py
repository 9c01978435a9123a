# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:
    # Options of azure_pec, azure_keyvault_pec, azure_mhsm_pec and azure_storage_pec (plugins/module_utils/_argspec.py).
    # The options naming the parent resource (vault_name, hsm_name, account_name; azure_pec's resource_id, ...) are
    # documented by each module.
    DOCUMENTATION = r"""
options:
  resource_group:
    description:
      - The resource group of the parent resource (the resource whose connection this is).
    type: str
    required: true
  name:
    description:
      - The name of the private endpoint connection.
      - Exactly one of O(name) and O(private_endpoint_id) selects the connection.
    type: str
  private_endpoint_id:
    description:
      - The ARM id of the consumer's private endpoint; selects the connection that comes from it.
      - Compared case-insensitively, as ARM does.
      - Selecting by endpoint costs one LIST of the parent's connections instead of one GET.
      - When several connections come from this endpoint (an endpoint deleted and created again), the one that is
        V(Pending) or V(Approved) is chosen; when none or more than one is, the task fails before writing and
        names them all (docs/selection.md).
      - Exactly one of O(name) and O(private_endpoint_id) selects the connection.
    type: str
  status:
    description:
      - The connection status to reach. Left as it is when not given.
      - A status change the service refuses fails before anything is written, with the reason (the refused
        changes of each type and their sources are in docs/types.md). Storage, for one, never approves a Rejected
        connection again (the owner of the private endpoint must delete and recreate it); Key Vault accepts it
        (recorded real traffic), and the module then warns that Microsoft's general Private Link documentation
        says a rejected connection cannot be approved again, so check the consumer's private endpoint.
      - A Disconnected connection (its private endpoint was deleted) can only be removed with O(state=absent).
    type: str
    choices: [Approved, Rejected]
  description:
    description:
      - The reason shown with the status (C(privateLinkServiceConnectionState.description)). Left as it is when
        not given.
    type: str
  actions_required:
    description:
      - The message for the consumer, sent as the service's own field (C(actionsRequired) for Key Vault and
        Managed HSM, where Azure accepts only V(None); C(actionRequired) for Storage; docs/types.md for the others)
        when the service lets a write carry it. Left as it is when not given.
    type: str
  state:
    description:
      - V(present) makes the connection have the O(status), O(description) and O(actions_required) given; the
        connection must exist (the resource owner cannot create one, only the private endpoint side can).
      - V(absent) removes the connection; the consumer's private endpoint becomes Disconnected.
        A connection that is already gone is not an error.
    type: str
    choices: [present, absent]
    default: present
  wait:
    description:
      - Wait until a read shows the change applied (C(provisioningState) C(Succeeded) with the status asked for
        and a new etag, or the connection gone after a removal). Polls at the server's C(Retry-After) cadence
        clamped to 1-60 s, otherwise every 1, 2, 4, ... s (at most 15 s), plus up to 10% jitter; never the SDK's
        fixed 30 s, never sooner than 1 s (docs/waiting.md).
      - Throttling (429), server errors (5xx), the busy 409 codes of any type (such as
        C(AnotherOperationInProgress); docs/types.md lists them) and a connection still C(Updating) (or in a
        transitional status such as C(Approving)) from an earlier change are always waited out within
        O(wait_timeout), even with O(wait=false); after a write they answer, the connection is read before
        anything is sent again. Other 409s fail at once with the ARM error.
    type: bool
    default: true
  wait_timeout:
    description:
      - Seconds to spend at most on retries and waiting, from the start of the task. From 0 to 3600.
      - When it runs out after Azure accepted a change, the task fails with C(changed=true) and says in which
        state the connection was left; Azure finishes the change on its own.
    type: int
    default: 300
notes:
  - Reads before it writes, and writes only what differs. A task that changes nothing costs one ARM request
    (a GET by O(name), or one LIST by O(private_endpoint_id)).
  - The SDK's own retry policy is switched off, so every retry is one this module decided, at the pace the
    server asked for.
  - Failures quote the ARM error code, its message and the C(x-ms-request-id) of the failed request.
  - When the job is stopped (SIGINT, SIGTERM, or the playbook gone), the module sends nothing more, stops
    waiting and fails with what it did (docs/cancellation.md).
"""

    # Options of the _info modules.
    INFO = r"""
options:
  resource_group:
    description:
      - Only the resources of this resource group. Without it, every resource of the type in the subscription
        (one paged LIST call, not one call per resource).
    type: str
  status:
    description:
      - Only connections with one of these statuses.
    type: list
    elements: str
    choices: [Pending, Approved, Rejected, Disconnected, Failed, Removed, Timeout, Unknown, Approving, Rejecting, Dropping, Disconnecting]
  private_endpoint_id:
    description:
      - Only the connection from this private endpoint (ARM id, compared case-insensitively).
    type: str
  private_endpoint_subscription_id:
    description:
      - Only connections whose private endpoint lives in this subscription.
    type: str
notes:
  - The connections are read from the resources themselves, which embed them; one resource costs one GET,
    a resource group or a subscription one paged LIST.
"""

    # The api_version option of the six per-service modules (plugins/module_utils/_argspec.py).
    API_VERSION = r"""
options:
  api_version:
    description:
      - The ARM C(api-version) every request of this task sends, for example V(2023-07-01).
      - Default is the version the installed SDK sends (C(azure-mgmt-keyvault) 14.x sends V(2026-05-15) for Key
        Vault and Managed HSM, C(azure-mgmt-storage) 25.x V(2026-09-01) for Storage).
      - Pin it for a cloud that lags public Azure (a sovereign cloud, Azure Stack Hub) and answers the SDK's
        default with C(400 InvalidApiVersionParameter). Versions seen working with real Azure include Key Vault
        V(2018-02-14), V(2019-09-01), V(2023-07-01); Managed HSM V(2021-04-01-preview); Storage V(2019-06-01).
      - The private endpoint connection requests and answers have the same shape in all of them, so the module
        behaves the same; an api-version the resource type does not serve fails with Azure's error.
    type: str
"""
