"""The scope reader's pure part: scope options (survey strings, ARM ids, refusals), the reads it plans, membership."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._scope import ONE_BY_ONE_LIMIT, Scope, ScopeError
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT, MANAGED_HSM, STORAGE
from ansible_collections.privatelink.azure.plugins.module_utils._types import ROWS

SUB = "00000000-0000-0000-0000-000000000000"
OTHER = "55555555-5555-5555-5555-555555555555"
VAULT_ID = "/subscriptions/%s/resourceGroups/rg-a/providers/Microsoft.KeyVault/vaults/kv-a" % OTHER


def planned(scope, default=SUB):
    return [(read.service.key, read.target.subscription_id, read.target.resource_group, read.target.name)
            for read in scope.resolved(default).reads()]


@pytest.mark.parametrize("value", [
    "%s,%s" % (SUB, OTHER), "%s\n%s\n" % (SUB, OTHER), "%s, %s" % (SUB, OTHER), [SUB + "," + OTHER], [SUB, OTHER]])
def test_subscriptions_come_as_lists_or_as_the_strings_awx_surveys_send(value):
    assert [t.subscription_id for t in Scope.from_options(subscriptions=value).subscriptions] == [SUB, OTHER]


@pytest.mark.parametrize("options, message", [
    ({"subscriptions": "sub1,sub2"}, r"pec_approval_subscriptions\[0\]: 'sub1' is not a subscription id"),
    ({"resources": ["kv-a"]}, r"pec_approval_resources\[0\]: 'kv-a' is not a resource id"),
    ({"resources": [{"type": "keyvault", "name": "kv"}]}, "give type, resource_group and name"),
    ({"resources": [{"type": "cosmos", "resource_group": "g", "name": "n"}]}, "'cosmos' is not a known resource type"),
    ({"resource_groups": [{"subscription_id": SUB}]}, "give a resource group name"),
    ({"subscriptions": [SUB], "resource_types": "keyvault,vm"}, "'vm' is not a known resource type"),
    ({"subscriptions": [3]}, "expected strings"),
    ({"exclude_subscriptions": "sub1"}, r"pec_approval_exclude_subscriptions\[0\]: 'sub1' is not a subscription id"),
])
def test_bad_scopes_name_the_variable_and_the_fix(options, message):
    with pytest.raises(ScopeError, match=message):
        Scope.from_options(prefix="pec_approval_", **options)


def test_resources_and_groups_may_be_arm_ids():
    scope = Scope.from_options(resources="%s %s" % (VAULT_ID, VAULT_ID.replace("kv-a", "kv-b")),
                               resource_groups="/subscriptions/%s/resourceGroups/rg-x" % OTHER)
    assert [(t.service, t.subscription_id, t.resource_group, t.name) for t in scope.resources] == [
        (KEY_VAULT, OTHER, "rg-a", "kv-a"), (KEY_VAULT, OTHER, "rg-a", "kv-b")]
    assert [(t.subscription_id, t.resource_group) for t in scope.resource_groups] == [(OTHER, "rg-x")]


def test_a_subscription_is_one_paged_list_per_type_and_covers_its_named_resources_and_groups():
    scope = Scope.from_options(subscriptions=[SUB], resource_groups=["rg-app"],
                               resources=[{"type": "hsm", "resource_group": "rg-b", "name": "h"}],
                               resource_types=["keyvault", "mhsm", "storage"])
    assert planned(scope) == [("keyvault", SUB, None, None), ("mhsm", SUB, None, None), ("storage", SUB, None, None)]


def test_omitted_types_mean_every_type_of_the_table_at_one_list_each():
    scope = Scope.from_options(subscriptions=[SUB])
    assert planned(scope) == [(row.key, SUB, None, None) for row in ROWS]


def test_the_default_subscription_and_the_same_one_by_id_are_read_once():
    scope = Scope.from_options(subscriptions=[SUB.upper()], resource_groups=["rg-app"], resource_types=["storage"])
    assert planned(scope, default=SUB) == [("storage", SUB.upper(), None, None)]


def test_a_few_named_resources_and_groups_are_read_one_by_one():
    scope = Scope.from_options(resources=[VAULT_ID], resource_groups=[{"name": "rg-x", "subscription_id": OTHER}],
                               resource_types=["keyvault"])
    assert planned(scope) == [("keyvault", OTHER, "rg-x", None), ("keyvault", OTHER, "rg-a", "kv-a")]


def test_a_named_resource_in_a_named_group_is_read_with_the_group():
    scope = Scope.from_options(resources=[VAULT_ID], resource_groups=[{"name": "RG-A", "subscription_id": OTHER}],
                               resource_types=["keyvault"])
    assert planned(scope) == [("keyvault", OTHER, "RG-A", None)]


def test_many_named_resources_are_read_with_the_subscription_list():
    names = ["kv-%d" % index for index in range(ONE_BY_ONE_LIMIT + 1)]
    scope = Scope.from_options(resources=[{"type": "keyvault", "resource_group": "g", "name": n} for n in names])
    reads = scope.resolved(SUB).reads()
    assert planned(scope) == [("keyvault", SUB, None, None)]
    assert [t.name for t in reads[0].expected] == names  # each must be found in the list


def test_named_resources_are_in_scope_whatever_the_types_and_groups_only_for_the_types():
    scope = Scope.from_options(resources=[VAULT_ID], resource_groups=["rg-app"], resource_types=["storage"]).resolved(SUB)
    assert scope.contains(KEY_VAULT, OTHER.upper(), "RG-A", "KV-A")
    assert not scope.contains(KEY_VAULT, OTHER, "rg-a", "kv-other")
    assert scope.contains(STORAGE, SUB, "rg-app", "anything")
    assert not scope.contains(MANAGED_HSM, SUB, "rg-app", "anything")
    assert not scope.contains(STORAGE, OTHER, "rg-app", "anything")


class _Session:
    """What the failure wording reads of a session (no credential: nothing is sent)."""
    resource_manager_endpoint = "https://management.example/"
    authority_host = "https://login.example"
    credential_kind = "secret"

    @staticmethod
    def describe():
        return "auth_source options, service principal"


def _failed_read(exception=None):
    from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed
    from ansible_collections.privatelink.azure.plugins.module_utils._errors import AzureError
    from ansible_collections.privatelink.azure.plugins.module_utils._scope import Read, Target

    read = Read(KEY_VAULT, Target(SUB), [])
    read.error = AzureCallFailed(AzureError(status=403, code="AuthorizationFailed", message="no",
                                            request_id="req-1"), "list Key Vaults", exception)
    return read


@pytest.mark.parametrize("exception", [None, "auth"])
def test_a_failed_read_says_what_it_read_then_what_the_modules_say_for_the_same_failure(exception):
    """One wording of a failed call (_connect.failure_from_call), for the modules and the scope reader alike."""
    from azure.core.exceptions import ClientAuthenticationError
    from ansible_collections.privatelink.azure.plugins.module_utils._connect import failure_from_call
    from ansible_collections.privatelink.azure.plugins.module_utils._scope import _read_error

    read = _failed_read(ClientAuthenticationError(message="AADSTS7000215: Invalid client secret provided.")
                        if exception else None)
    error = _read_error(read, _Session())
    module = failure_from_call(read.error, _Session())
    assert error["scope"] == "the Key Vaults of subscription %s" % SUB
    assert error["msg"] == "Could not read the Key Vaults of subscription %s: %s" % (SUB, module.msg)
    assert error["azure_error"] == module.azure.as_dict() and error["azure_error"]["request_id"] == "req-1"
    if exception:
        assert module.msg.startswith("Azure authentication failed (auth_source options, service principal)")
    else:
        assert module.msg == "list Key Vaults failed: %s" % read.error.error.describe()
