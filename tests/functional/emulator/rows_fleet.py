"""A fleet with one parent per row of the emulator's type table, and the azure-core ARM pipeline that talks to it.

Every parent is `p-<row key>` in RG_ROWS with connections in each of the row's usual statuses, so tests can be
parametrized over the table. Requests go through azure-mgmt-core's ARMPipelineClient (bearer token policy, ARM
retry policy off, TLS verified against the emulator's CA), as a generic client on any type would send them; long-running
changes are followed with azure-core's LROPoller and ARMPolling.
"""
import time

from azure.core.pipeline import policies
from azure.core.pipeline.transport import RequestsTransport
from azure.core.polling import LROPoller
from azure.core.rest import HttpRequest
from azure.mgmt.core import ARMPipelineClient
from azure.mgmt.core.polling.arm_polling import ARMPolling

from tests.emulator.services import ALL_SERVICES

from . import fleet
from .arm import ARM_SCOPE

RG_ROWS = "rg-rows"
ROWS = sorted(ALL_SERVICES, key=lambda row: row.key)
ROW_IDS = [row.key for row in ROWS]
CONNECTIONS = {"c-pending": "Pending", "c-pending-2": "Pending", "c-approved": "Approved", "c-rejected": "Rejected"}


def parent_name(row):
    return "p-" + row.key.replace("_", "-")


def parent_path(row):
    return fleet.parent_id(row.type, RG_ROWS, parent_name(row))


def connection_path(row, name):
    return f"{parent_path(row)}/privateEndpointConnections/{name}"


def newest_version(row):
    return sorted(row.api_versions)[-1]


def build_seed():
    resources = []
    for row in ROWS:
        connections = [
            {"name": name, "private_endpoint_id": fleet.endpoint_id(f"pe-{row.key}-{name}"), "status": status}
            for name, status in CONNECTIONS.items() if status in row.statuses
        ]
        resources.append({"type": row.type, "resource_group": RG_ROWS, "name": parent_name(row),
                          "location": "westeurope", "connections": connections})
    return {
        "subscription_id": fleet.SUBSCRIPTION, "tenant_id": fleet.TENANT,
        "principals": [{"client_id": fleet.CLIENT_ID, "client_secret": fleet.CLIENT_SECRET}],
        "resources": resources,
    }


class ArmClient:
    """One ARMPipelineClient for raw requests to any path, and LRO following through ARMPolling."""

    def __init__(self, arm_url, ca_file, credential):
        self.client = ARMPipelineClient(
            base_url=arm_url,
            policies=[
                policies.RequestIdPolicy(),
                policies.HeadersPolicy(),
                policies.RetryPolicy(retry_total=0),
                policies.BearerTokenCredentialPolicy(credential, ARM_SCOPE),
                policies.NetworkTraceLoggingPolicy(),
            ],
            transport=RequestsTransport(connection_verify=ca_file),
        )

    def send(self, method, path, api_version, body=None):
        request = HttpRequest(method, self.client.format_url(path), params={"api-version": api_version}, json=body)
        return self.client.send_request(request, _return_pipeline_response=True)

    def call(self, method, path, api_version, body=None):
        return self.send(method, path, api_version, body).http_response

    def follow(self, pipeline_response):
        """Wait for a long-running change the way azure-core does (ARMPolling on Azure-AsyncOperation / Location);
        the final response body (None when empty)."""
        poller = LROPoller(self.client, pipeline_response, lambda response: _json_or_none(response.http_response),
                           ARMPolling(0.05))
        return poller.result(timeout=30)

    def wait_settled(self, row, name, timeout=10.0, state=None):
        """GET the connection until it reads `state` (default: the row's settled state); Key Vault's PUT is no
        declared long-running operation."""
        deadline = time.monotonic() + timeout
        while True:
            body = self.call("GET", connection_path(row, name), newest_version(row)).json()
            if body["properties"].get("provisioningState") == (state or row.succeeded_state):
                return body
            assert time.monotonic() < deadline, f"{row.type} connection {name} still settling: {body}"
            time.sleep(0.05)


def _json_or_none(response):
    return response.json() if response.text() else None
