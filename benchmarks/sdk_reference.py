"""The reference the benchmarks compare with: the minimal script a user would write with the Azure SDKs.

    python -m benchmarks.sdk_reference show    RG VAULT CONNECTION   # read one Key Vault connection
    python -m benchmarks.sdk_reference approve RG VAULT CONNECTION   # approve it and wait until Succeeded
    python -m benchmarks.sdk_reference drift SUB [SUB ...]           # one paged list per type and subscription
    python -m benchmarks.sdk_reference drift-graph SUB [SUB ...]     # one paged Resource Graph query (1,000 subs each)

It reads the emulator's service principal and endpoints from the environment (AZURE_TENANT_ID, AZURE_CLIENT_ID,
AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST, AZURE_RESOURCE_MANAGER_ENDPOINT, REQUESTS_CA_BUNDLE) and prints a
one-line JSON summary. No retries of its own, no checks: the floor the collection is measured against.
"""

import collections
import json
import os
import sys
import time

from azure.identity import ClientSecretCredential
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.keyvault.models import PrivateEndpointConnection, PrivateLinkServiceConnectionState


def _credential_and_options():
    env = os.environ
    credential = ClientSecretCredential(env["AZURE_TENANT_ID"], env["AZURE_CLIENT_ID"], env["AZURE_CLIENT_SECRET"],
                                        authority=env["AZURE_AUTHORITY_HOST"], disable_instance_discovery=True)
    return credential, {"base_url": env["AZURE_RESOURCE_MANAGER_ENDPOINT"], "connection_verify": env["REQUESTS_CA_BUNDLE"]}


def show(group, vault, name):
    credential, options = _credential_and_options()
    client = KeyVaultManagementClient(credential, os.environ["AZURE_SUBSCRIPTION_ID"], **options)
    connection = client.private_endpoint_connections.get(group, vault, name)
    return {"status": connection.private_link_service_connection_state.status}


def approve(group, vault, name):
    credential, options = _credential_and_options()
    client = KeyVaultManagementClient(credential, os.environ["AZURE_SUBSCRIPTION_ID"], **options)
    state = PrivateLinkServiceConnectionState(status="Approved", description="benchmark")
    connection = client.private_endpoint_connections.put(
        group, vault, name, PrivateEndpointConnection(private_link_service_connection_state=state))
    while connection.provisioning_state not in ("Succeeded", "Failed"):
        time.sleep(1)  # Key Vault answers Retry-After: 1
        connection = client.private_endpoint_connections.get(group, vault, name)
    return {"status": connection.private_link_service_connection_state.status,
            "provisioning_state": connection.provisioning_state}


def drift(subscriptions):
    from azure.mgmt.storage import StorageManagementClient

    credential, options = _credential_and_options()
    statuses = collections.Counter()
    for subscription in subscriptions:
        keyvault = KeyVaultManagementClient(credential, subscription, **options)
        storage = StorageManagementClient(credential, subscription, **options)
        for parents in (keyvault.vaults.list_by_subscription(), keyvault.managed_hsms.list_by_subscription(),
                        storage.storage_accounts.list()):
            for parent in parents:
                connections = getattr(parent, "properties", parent).private_endpoint_connections or []
                for connection in connections:
                    statuses[connection.private_link_service_connection_state.status] += 1
    return {"connections": sum(statuses.values()), "by_status": dict(statuses)}


GRAPH_QUERY = ("resources | where type in~ ('microsoft.keyvault/vaults', 'microsoft.keyvault/managedhsms', "
               "'microsoft.storage/storageaccounts') | project connections = properties.privateEndpointConnections")


def drift_graph(subscriptions):
    """The same counts from Azure Resource Graph: what a user without azure-mgmt-resourcegraph writes with the ARM
    pipeline every management SDK brings (azure-mgmt-core), following $skipToken."""
    from azure.core.rest import HttpRequest
    from azure.mgmt.core import ARMPipelineClient
    from azure.mgmt.core.policies import ARMChallengeAuthenticationPolicy

    credential, options = _credential_and_options()
    client = ARMPipelineClient(base_url=options["base_url"], connection_verify=options["connection_verify"],
                               policies=[ARMChallengeAuthenticationPolicy(credential,
                                                                          "https://management.azure.com/.default")])
    statuses = collections.Counter()
    for start in range(0, len(subscriptions), 1000):
        body = {"subscriptions": subscriptions[start:start + 1000], "query": GRAPH_QUERY, "options": {}}
        while True:
            request = HttpRequest("POST", options["base_url"].rstrip("/") + "/providers/Microsoft.ResourceGraph/resources",
                                  params={"api-version": "2021-03-01"}, json=body)
            page = client.send_request(request)
            page.raise_for_status()
            answer = page.json()
            for row in answer["data"]:
                for connection in row["connections"] or []:
                    statuses[connection["properties"]["privateLinkServiceConnectionState"]["status"]] += 1
            if not answer.get("$skipToken"):
                break
            body["options"] = {"$skipToken": answer["$skipToken"]}
    return {"connections": sum(statuses.values()), "by_status": dict(statuses)}


def main(argv):
    command, arguments = argv[0], argv[1:]
    if command in ("drift", "drift-graph"):
        result = (drift if command == "drift" else drift_graph)(arguments)
    else:
        result = {"show": show, "approve": approve}[command](*arguments)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
