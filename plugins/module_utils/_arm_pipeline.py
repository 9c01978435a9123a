# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""ARM requests that no management SDK of ours covers (Resource Graph, the subscription list), sent through
azure-mgmt-core's ARMPipelineClient with the session's credential: the same token, TLS and endpoint as the SDK
clients, no new SDK.

Like ``_calls``, the pipeline has no retry policy: every request Azure sees is one we decided to send. A read that
gets no answer, a 429 or a 5xx is sent again by the waiting rule (``_waiter``) within the caller's deadline.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._calls import (
    MAX_READ_SECONDS, MIN_READ_SECONDS, AzureCallFailed)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import from_exception
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff

USER_AGENT = "privatelink-azure"


def pipeline_client(session):
    """An ARMPipelineClient for the session's endpoint and credential, without retries; raises ImportError when
    azure-mgmt-core is not installed (it comes with every azure-mgmt-* SDK)."""
    from azure.core.pipeline.policies import (
        CustomHookPolicy, HeadersPolicy, ProxyPolicy, RequestIdPolicy, UserAgentPolicy)
    from azure.mgmt.core import ARMPipelineClient
    from azure.mgmt.core.policies import ARMChallengeAuthenticationPolicy, ARMHttpLoggingPolicy

    # user_agent: privatelink.azure/<version> ansible-core/<version> first, as on every request (_version.py).
    user_agent = session.client_kwargs()["user_agent"]
    policies = [RequestIdPolicy(), HeadersPolicy(), UserAgentPolicy(user_agent=user_agent, sdk_moniker=USER_AGENT),
                ProxyPolicy(),
                ARMChallengeAuthenticationPolicy(session.credential, *session.credential_scopes),
                # Per-request hooks: the process's pacer (_pacer, via _calls.ServiceCalls._call).
                CustomHookPolicy(),
                ARMHttpLoggingPolicy()]
    return ARMPipelineClient(base_url=session.resource_manager_endpoint, policies=policies,
                             connection_verify=session.connection_verify)


def url(session, path):
    return session.resource_manager_endpoint.rstrip("/") + "/" + path.lstrip("/")


class ArmReads:
    """Reads through one pipeline client; ``read`` -> (JSON body, response headers)."""

    def __init__(self, session, deadline, client=None):
        self.session = session
        self.deadline = deadline
        self.client = client or pipeline_client(session)

    def read(self, what, method, url_or_path, params=None, body=None, wait_hint=None):
        """Send one read until it answers 2xx, or raise AzureCallFailed (not retryable, or out of time).

        ``wait_hint(headers)``: seconds the service asks to wait before asking again, when it says so otherwise
        than with Retry-After (Resource Graph's quota headers).
        """
        from azure.core.exceptions import HttpResponseError
        from azure.core.rest import HttpRequest

        target = url_or_path if "://" in url_or_path else url(self.session, url_or_path)
        backoff = Backoff()
        while True:
            self.deadline.check()
            timeout = min(MAX_READ_SECONDS, max(MIN_READ_SECONDS, self.deadline.remaining()))
            request = HttpRequest(method, target, params=params, json=body)
            try:
                response = self.client.send_request(request, connection_timeout=timeout, read_timeout=timeout)
                if response.status_code >= 400:
                    raise HttpResponseError(response=response)
                return (response.json() if response.content else None), dict(response.headers)
            except Exception as exc:  # pylint: disable=broad-except
                if type(exc).__module__.split(".", maxsplit=1)[0] != "azure":
                    raise  # a bug of ours: let it show
                error = from_exception(exc)
                response = getattr(exc, "response", None)
                if error.retry_after is None and wait_hint is not None and response is not None:
                    error.retry_after = wait_hint(dict(response.headers))
                if not error.transient or not self.deadline.wait(backoff, error.retry_after):
                    raise AzureCallFailed(error, what, exc)

    def paged(self, what, path, params):
        """Every item of an ARM paged list (``value``, ``nextLink``), one read per page."""
        items = []
        body, _headers = self.read(what, "GET", path, params=params)
        while True:
            items.extend((body or {}).get("value") or [])
            next_link = (body or {}).get("nextLink")
            if not next_link:
                return items
            body, _headers = self.read(what, "GET", next_link)
