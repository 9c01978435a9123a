"""What a route handler gets: the request, the state, the settings, path parameters and the caller."""
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from . import errors


@dataclass
class ArmCall:
    request: object
    store: object
    settings: object
    params: dict
    identity: object
    service: object = None

    @property
    def api_version(self):
        return self.request.api_version

    def url(self, path, **extra_query):
        """An absolute URL on this emulator with the request's api-version and extra query parameters."""
        query = {"api-version": self.api_version, **extra_query}
        return f"{self.request.base_url}{quote(path)}?{urlencode(query)}"

    def json_body(self):
        try:
            return self.request.json()
        except ValueError as exc:
            raise errors.bad_request_body(str(exc)) from None

    def resource_group(self):
        """The addressed resource group's record; 404 SubscriptionNotFound / ResourceGroupNotFound otherwise."""
        subscription_id, group = self.params["subscription"], self.params["resource_group"]
        if not self.store.has_subscription(subscription_id):
            raise errors.subscription_not_found(subscription_id)
        record = self.store.resource_group(subscription_id, group)
        if record is None:
            raise errors.resource_group_not_found(group)
        return record

    def parent(self):
        """The addressed Key Vault / HSM / Storage account; 404 with ARM's messages when it or its group is missing."""
        self.resource_group()
        resource = self.store.resource(
            self.service, self.params["subscription"], self.params["resource_group"], self.params["name"]
        )
        if resource is None:
            raise errors.resource_not_found(self.service.type, self.params["name"], self.params["resource_group"])
        return resource
