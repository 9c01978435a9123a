# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The collection's one HTTP stack outside the management SDKs: azure-mgmt-core's ARMPipelineClient.

``build_pipeline`` is the only place that builds it: the ARM JSON client of the type table (``_arm_client``), the
reads no SDK of ours covers (Resource Graph, the subscription list: ``ArmReads``) and Azure Stack Hub's anonymous
cloud metadata (``_auth_discovery``) all go through it, with the same TLS settings (``connection_verify``: on, off
or a CA bundle), the collection's User-Agent and proxies from the environment; each caller sets its requests'
timeouts (``ArmReads`` from its deadline, the metadata read a fixed bound).
``send`` is its one request.

Like ``_calls``, the pipeline has no retry policy: every request Azure sees is one we decided to send. A read that
gets no answer, a 429 or a 5xx is sent again by the waiting rule (``_waiter``) within the caller's deadline.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._calls import (
    MAX_READ_SECONDS, MIN_READ_SECONDS, AzureCallFailed)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import from_exception
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff

USER_AGENT = "privatelink-azure"


def build_pipeline(base_url, connection_verify, credential=None, credential_scopes=()):
    """An ARMPipelineClient without retries and without automatic resource provider registration (that would write
    to the subscription behind the user's back); with `credential`, ARM's bearer-token policy for
    `credential_scopes`, without it none (an anonymous endpoint). Raises ImportError when azure-mgmt-core is not
    installed (it comes with every azure-mgmt-* SDK)."""
    from azure.core.pipeline.policies import (
        CustomHookPolicy, HeadersPolicy, ProxyPolicy, RequestIdPolicy, UserAgentPolicy)
    from azure.mgmt.core import ARMPipelineClient
    from azure.mgmt.core.policies import ARMChallengeAuthenticationPolicy, ARMHttpLoggingPolicy

    # user_agent: privatelink.azure/<version> ansible-core/<version> first, as on every request (_version.py).
    policies = [RequestIdPolicy(), HeadersPolicy(), UserAgentPolicy(user_agent=user_agent(), sdk_moniker=USER_AGENT),
                ProxyPolicy()]
    if credential is not None:
        policies.append(ARMChallengeAuthenticationPolicy(credential, *credential_scopes))
    # Per-request hooks: the process's pacer (_pacer, via _calls.ServiceCalls._call).
    policies += [CustomHookPolicy(), ARMHttpLoggingPolicy()]
    return ARMPipelineClient(base_url=base_url, policies=policies, connection_verify=connection_verify)


def pipeline_client(session):
    """The pipeline for the session's Resource Manager endpoint, credential, scopes and TLS settings."""
    return build_pipeline(session.resource_manager_endpoint, session.connection_verify, session.credential,
                          session.credential_scopes)


def answer(client, method, url, params=None, body=None, **options):
    """One request through `client` (`url` absolute, or a path under its base URL): azure-core's HttpResponse,
    whatever its status. ``options``: azure-core's per-request keywords (connection_timeout, read_timeout, hooks)."""
    from azure.core.rest import HttpRequest

    request = HttpRequest(method, client.format_url(url), params=params, json=body,
                          headers={"Accept": "application/json"})
    return client.send_request(request, **options)


def send(client, method, url, params=None, body=None, **options):
    """``answer``, and an error answer raised as HttpResponseError (ResourceNotFoundError for 404)."""
    from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

    response = answer(client, method, url, params=params, body=body, **options)
    if response.status_code >= 400:
        error_class = ResourceNotFoundError if response.status_code == 404 else HttpResponseError
        raise error_class(response=response)
    return response


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
        backoff = Backoff()
        while True:
            self.deadline.check()
            timeout = min(MAX_READ_SECONDS, max(MIN_READ_SECONDS, self.deadline.remaining()))
            try:
                response = send(self.client, method, url_or_path, params=params, body=body,
                                connection_timeout=timeout, read_timeout=timeout)
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
