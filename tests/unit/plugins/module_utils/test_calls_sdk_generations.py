"""_calls reads the wire JSON the same way whichever SDK generation handed it over.

Older SDKs (azure-mgmt-keyvault 10.x, azure-mgmt-storage 21.x) pass the legacy transport response to ``cls``
(``text()``, no ``json()``) and list msrest-style models whose ``as_dict()`` is flat snake_case; newer SDKs
pass azure.core.rest responses and list mapping models over the wire JSON. The stand-ins below have exactly
those shapes.
"""

from ansible_collections.privatelink.azure.plugins.module_utils._calls import _json_or_none
from ansible_collections.privatelink.azure.plugins.module_utils._sdk_operations import _plain

WIRE = {"id": "/subscriptions/s/x/privateEndpointConnections/pe", "name": "pe", "properties": {
    "privateEndpoint": {"id": "/subscriptions/p/pe"}, "provisioningState": "Succeeded",
    "privateLinkServiceConnectionState": {"status": "Pending", "description": ""}}}


class LegacyTransportResponse:
    status_code = 200

    def text(self, encoding=None):
        return '{"name": "pe", "properties": {"provisioningState": "Updating"}}'


class EmptyLegacyResponse:
    status_code = 200

    def text(self, encoding=None):
        return ""


class MsrestModel:
    def as_dict(self):
        return {"id": WIRE["id"], "name": "pe", "private_endpoint": {"id": "/subscriptions/p/pe"},
                "private_link_service_connection_state": {"status": "Pending"}}

    def serialize(self, keep_readonly=False):
        return WIRE if keep_readonly else {"properties": {}}


class MappingModel(dict):
    def as_dict(self):
        return dict(self)


def test_legacy_response_without_json_method():
    assert _json_or_none(LegacyTransportResponse()) == {"name": "pe", "properties": {"provisioningState": "Updating"}}
    assert _json_or_none(EmptyLegacyResponse()) is None


def test_old_models_give_the_wire_shape_with_read_only_fields():
    assert _plain(MsrestModel()) == WIRE


def test_new_models_are_the_wire_json_already():
    assert _plain(MappingModel(WIRE)) == WIRE
