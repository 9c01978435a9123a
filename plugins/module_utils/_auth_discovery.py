# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""What authentication asks Azure before the first ARM call, in the two cases azure.azcollection does too:

- ``cloud_environment`` given as the Resource Manager URL of an Azure Stack Hub: its cloud metadata
  (``<url>/metadata/endpoints?api-version=2015-01-01``) names the authority and the token audience;
- managed identity without ``subscription_id``: the one subscription the identity can change things in (``GET
  /subscriptions``, the scope reader's list and pipeline: ``_subscriptions``, ``_arm_pipeline``).

Each is bounded (the metadata one request, the subscription list its pages within the timeout), with the
collection's User-Agent and the session's TLS settings, through the collection's one pipeline (``_arm_pipeline``).
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._auth_settings import AuthConfigError

METADATA_API_VERSION = "2015-01-01"
REQUEST_SECONDS = 30
SUBSCRIPTIONS_LISTED = 10  # named in the error when there are several


def _get_json(url, verify, params=None, timeout=None):
    """(status, JSON body or None, request id) of one anonymous GET through the collection's one pipeline
    (``_arm_pipeline``: the TLS settings `verify` (on, off or a CA bundle), the User-Agent, proxies, no retries);
    AuthConfigError-free: the callers word the failure."""
    from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import answer, build_pipeline

    seconds = timeout or REQUEST_SECONDS
    with build_pipeline(url, verify) as client:  # one anonymous read: its connection pool closes with it
        response = answer(client, "GET", url, params=params, connection_timeout=seconds, read_timeout=seconds)
    try:
        body = response.json()
    except ValueError:
        body = None
    return response.status_code, body, response.headers.get("x-ms-request-id")


def read_cloud_metadata(endpoint, verify, origin, timeout=None):
    """(authority, audience) of the Azure Stack Hub whose Resource Manager is `endpoint` (ends with '/').

    The authority is ``loginEndpoint`` as published (AD FS stamps: ``https://adfs.<region>.<fqdn>/adfs``, our
    inference from the Azure CLI's handling of Azure Stack; no recording of a stamp's metadata is at hand); the
    caller makes it azure-identity's form with ``_auth_clouds.identity_authority``, as for a given authority_host.
    """
    url = endpoint + "metadata/endpoints"
    try:
        status, body, _request_id = _get_json(url, verify, params={"api-version": METADATA_API_VERSION},
                                              timeout=timeout)
    except Exception as exc:  # azure-core's connection, TLS and timeout errors: all mean the same to the user
        raise AuthConfigError("cloud_environment %s (from %s): its metadata %s could not be read (%s: %s). Check the "
                              "URL and ca_bundle." % (endpoint, origin, url, type(exc).__name__, exc)) from None
    authentication = body.get("authentication") if isinstance(body, dict) else None
    audiences = authentication.get("audiences") if isinstance(authentication, dict) else None
    login = authentication.get("loginEndpoint") if isinstance(authentication, dict) else None
    if status != 200 or not login or not audiences:
        raise AuthConfigError("cloud_environment %s (from %s): %s answered %s without authentication.loginEndpoint "
                              "and audiences, so it is not an Azure Stack Hub Resource Manager. Set it to one, or to "
                              "a cloud name." % (endpoint, origin, url, status))
    return login.rstrip("/"), audiences[0]


def only_visible_subscription(session, timeout=None):
    """The id of the one subscription the session's identity can change things in (managed identity without
    subscription_id): the scope reader's subscription list (``_subscriptions``, through ``_arm_pipeline``), less
    the subscriptions that refuse writes or were deleted.

    AuthConfigError when it sees none or several (named, at most SUBSCRIPTIONS_LISTED), or the list fails.
    """
    from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import ArmReads
    from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed
    from ansible_collections.privatelink.azure.plugins.module_utils._subscriptions import list_subscriptions, writable
    from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Deadline

    # The token first, on its own: a sign-in failure surfaces as the credential's own exception (the caller words it).
    session.credential.get_token(*session.credential_scopes)
    try:
        listed = list_subscriptions(ArmReads(session, Deadline(timeout or REQUEST_SECONDS)))
    except AzureCallFailed as failure:
        raise AuthConfigError("subscription_id is not set and listing the subscriptions of the managed identity "
                              "failed: %s. Set subscription_id." % failure.error.describe()) from None
    found = writable(listed)
    if len(found) == 1:
        return found[0]
    others = ["%s (%s)" % (entry["subscription_id"], entry["state"]) for entry in listed
              if entry["subscription_id"] not in found]
    besides = ("; besides, it sees %s%s, where nothing can be changed" % (
        ", ".join(others[:SUBSCRIPTIONS_LISTED]), ", ..." if len(others) > SUBSCRIPTIONS_LISTED else "")
        if others else "")
    if not found:
        raise AuthConfigError("subscription_id is not set and the managed identity (%s) can see no subscription where "
                              "changes can be made%s: grant it a role on the subscription, or set subscription_id."
                              % (session.describe(), besides))
    raise AuthConfigError(
        "subscription_id is not set and the managed identity (%s) can see %d subscriptions: %s%s%s. Set "
        "subscription_id to the one to use."
        % (session.describe(), len(found), ", ".join(found[:SUBSCRIPTIONS_LISTED]),
           ", ..." if len(found) > SUBSCRIPTIONS_LISTED else "", besides))
