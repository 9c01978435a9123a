"""ARM errors: an exception carrying status, code and message, rendered as {"error": {"code", "message"}}.

The message builders reproduce the texts real ARM sends, so clients that quote them can be tested for clarity.
"""
from .messages import Reply


class ArmError(Exception):
    def __init__(self, status, code, message, headers=None):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def reply(self):
        return Reply(self.status, {"error": {"code": self.code, "message": self.message}}, dict(self.headers))


def resource_group_not_found(resource_group):
    return ArmError(404, "ResourceGroupNotFound", f"Resource group '{resource_group}' could not be found.")


def subscription_not_found(subscription_id):
    return ArmError(404, "SubscriptionNotFound", f"The subscription '{subscription_id}' could not be found.")


def resource_not_found(resource_type, name, resource_group):
    return ArmError(
        404,
        "ResourceNotFound",
        f"The Resource '{resource_type}/{name}' under resource group '{resource_group}' was not found. "
        "For more details please go to https://aka.ms/ARMResourceNotFoundFix",
    )


def invalid_resource_type(namespace, resource_type, api_version):
    return ArmError(
        404,
        "InvalidResourceType",
        f"The resource type '{resource_type}' could not be found in the namespace '{namespace}' "
        f"for api version '{api_version}'.",
    )


def missing_api_version():
    return ArmError(
        400,
        "MissingApiVersionParameter",
        "The api-version query parameter (?api-version=) is required for all requests.",
    )


def invalid_api_version(api_version, supported):
    return ArmError(
        400,
        "InvalidApiVersionParameter",
        f"The api-version '{api_version}' is invalid. The supported versions are '{','.join(supported)}'.",
    )


def method_not_allowed(method):
    return ArmError(
        405,
        "MethodNotAllowed",
        f"The requested resource does not support http method '{method}'.",
    )


def authorization_failed(client_id, object_id, action, scope):
    return ArmError(
        403,
        "AuthorizationFailed",
        f"The client '{client_id}' with object id '{object_id}' does not have authorization to perform action "
        f"'{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please "
        "refresh your credentials.",
    )


def linked_authorization_failed(client_id, object_id, action, linked_scope):
    """ARM's answer when a write needs a permission on another resource than the one addressed."""
    return ArmError(
        403,
        "LinkedAuthorizationFailed",
        f"The client '{client_id}' with object id '{object_id}' has permission to perform action "
        f"'Microsoft.Network/privateEndpoints/write' on scope of the private endpoint; however, it does not have "
        f"permission to perform action(s) '{action}' on the linked scope(s) '{linked_scope}' (respectively) or "
        "the linked scope(s) are invalid.",
    )


def bad_request_body(detail):
    return ArmError(400, "InvalidRequestContent", f"The request content was invalid and could not be deserialized: {detail}")
