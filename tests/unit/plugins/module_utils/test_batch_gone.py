"""azure_pec_batch's result for a change whose connection its resource provider no longer has (a stale candidate):
gone, status Absent, no error, nothing changed."""

from types import SimpleNamespace

from ansible_collections.privatelink.azure.plugins.module_utils._batch import summarise
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError

CHANGE = SimpleNamespace(connection_id="/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/"
                                       "privateEndpointConnections/pe", action="approve")


def test_a_connection_the_provider_no_longer_has_is_gone_not_failed():
    outcome = PecError("Key Vault 'kv' in resource group 'rg' has no private endpoint connection named 'pe'.",
                       gone=True).result()
    result = summarise(CHANGE, outcome, check_mode=False, started=0.0, seconds=0.2)
    assert (result["gone"], result["status"], result["error"], result["changed"]) == (True, "Absent", None, False)
    assert result["read_at"].endswith("Z")


def test_any_other_failure_stays_a_failure():
    result = summarise(CHANGE, PecError("refused").result(), check_mode=False, started=0.0, seconds=0.2)
    assert result["gone"] is False and result["error"]["message"] == "refused"
