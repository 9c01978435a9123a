# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
name: azure_pec
short_description: Key Vaults, Managed HSMs and Storage accounts with private endpoint connections, as hosts
version_added: 0.1.0
description:
  - Turns a fleet of Azure Key Vaults, Managed HSMs and Storage accounts into inventory hosts, one per resource
    (the I(parent) of private endpoint connections) or, with O(host_per=subscription), one per subscription.
  - Each host carries its connection counts by status and (per resource) the resource's tags, and the scope
    variables of the role M(privatelink.azure.pec_approval) (C(pec_approval_resources) or
    C(pec_approval_subscriptions)), so that a play on all hosts with a local connection runs the role once
    per host, each on its own share of the fleet. That is what lets AWX job slicing spread a fleet over nodes.
  - Groups by type (C(pec_keyvault), C(pec_mhsm), C(pec_storage)), subscription (C(pec_subscription_<id>)),
    resource group (C(pec_resource_group_<name>)), tag (C(pec_tag_<key>_<value>)) and C(pec_pending) (hosts with
    at least one Pending connection); names are lower case with C(-) and other characters turned into C(_).
  - Costs one paged list per resource type and subscription (the parents' lists embed their connections and
    tags), the same reads as the role and the info modules, run concurrently; over many subscriptions or types,
    one Azure Resource Graph query (see O(discovery)).
  - The configuration file's name must end with C(azure_pec.yml) or C(azure_pec.yaml).
author:
  - privatelink.azure contributors (@privatelink-azure)
extends_documentation_fragment:
  - privatelink.azure.auth
  - constructed
options:
  plugin:
    description: The name of this plugin; makes the file an inventory source of this plugin.
    required: true
    type: str
    choices: [privatelink.azure.azure_pec]
  subscriptions:
    description:
      - Every resource of O(resource_types) in these subscriptions (ids).
      - When O(subscriptions), O(resource_groups) and O(resources) are all empty, every subscription the identity
        can list (C(GET /subscriptions)), less O(exclude_subscriptions).
    type: list
    elements: str
    default: []
  exclude_subscriptions:
    description: Subscriptions left out of the scope, whatever else names them.
    type: list
    elements: str
    default: []
  discovery:
    description:
      - V(auto), V(resource_graph) or V(arm), as the option of the module C(privatelink.azure.azure_pec_scope_info)
        - V(auto) asks Azure Resource Graph (one paged query for every type and subscription) when the scope would
        take more than 8 paged lists, and the resource providers' lists otherwise.
      - Resource Graph may lag behind by seconds to minutes; the role run on a host reads every connection it
        changes from its resource provider first.
    type: str
    choices: [auto, resource_graph, arm]
    default: auto
  resource_groups:
    description:
      - Every resource of O(resource_types) in these resource groups, as names (of the default subscription),
        resource group ids, or dicts with C(name) and C(subscription_id).
    type: list
    elements: raw
    default: []
  resources:
    description:
      - Named resources, as ARM ids or dicts with C(type), C(resource_group), C(name) and C(subscription_id).
    type: list
    elements: raw
    default: []
  resource_types:
    description: The types taken from O(subscriptions) and O(resource_groups).
    type: list
    elements: str
    default: [Microsoft.KeyVault/vaults, Microsoft.KeyVault/managedHSMs, Microsoft.Storage/storageAccounts]
  host_per:
    description:
      - V(resource) makes one host per Key Vault, Managed HSM or Storage account, named after it (qualified as
        C(<subscription>/<resource group>/<name>) when two resources share a name).
      - V(subscription) makes one host per subscription, named by its id; a subscription with no resource of
        O(resource_types) still gets a host when O(subscriptions) names it.
    type: str
    choices: [resource, subscription]
    default: resource
  parallelism:
    description: How many paged lists run at once.
    type: int
    default: 8
  timeout:
    description: Seconds the reads may take in all, retries of throttled (429) and failed (5xx) requests included.
    type: int
    default: 120
  fail_on_read_errors:
    description:
      - When a part of the scope cannot be read (no access, missing resource group, Azure error), fail the
        inventory with the reasons. With V(false), warn and build the inventory from what could be read; the
        hosts of the parts that failed are missing, so a job run on it covers less of the fleet.
    type: bool
    default: true
notes:
  - The hosts are not machines. Each host has C(ansible_connection=local) and C(ansible_python_interpreter) set
    to the Python that runs Ansible (C(ansible_playbook_python)), so modules run on the controller (or in the
    execution environment), where the Azure SDKs are.
seealso:
  - name: Job slicing with this inventory in AWX
    description: docs/awx.md in the collection.
    link: https://example.invalid/privatelink/azure/blob/main/docs/awx.md
"""

EXAMPLES = r"""
# fleet.azure_pec.yml -- one host per resource of two subscriptions, auth from AZURE_* environment variables
plugin: privatelink.azure.azure_pec
subscriptions:
  - 00000000-0000-0000-0000-000000000000
  - 00000000-0000-0000-0000-000000000001

# subscriptions.azure_pec.yml -- one host per subscription (AWX job slicing over a large fleet)
plugin: privatelink.azure.azure_pec
host_per: subscription
subscriptions: [00000000-0000-0000-0000-000000000000, 00000000-0000-0000-0000-000000000001]
auth_source: workload_identity

# prod.azure_pec.yml -- the vaults of two resource groups, an extra group from a tag
plugin: privatelink.azure.azure_pec
resource_groups: [rg-app, rg-shared]
resource_types: [Microsoft.KeyVault/vaults]
keyed_groups:
  - key: pec_tags.owner | default('nobody')
    prefix: owner
"""


from ansible.errors import AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin, Constructable
from ansible.utils.unsafe_proxy import wrap_var

try:  # ansible-core 2.19 and later template no value of an inventory plugin unless it is marked trusted
    from ansible.template import trust_as_template
except ImportError:  # older ones template every value unless it is wrapped as unsafe
    def trust_as_template(value):
        return value

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.plugin_utils._inventory_hosts import hosts_of
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError, read_scope


class InventoryModule(BaseInventoryPlugin, Constructable):
    NAME = "privatelink.azure.azure_pec"
    _config_path = None

    def verify_file(self, path):
        return super().verify_file(path) and path.endswith(("azure_pec.yml", "azure_pec.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._config_path = path
        self._read_config_data(path)
        try:
            scope = Scope.from_options(resources=self.get_option("resources"),
                                       resource_groups=self.get_option("resource_groups"),
                                       subscriptions=self.get_option("subscriptions"),
                                       resource_types=self.get_option("resource_types"),
                                       exclude_subscriptions=self.get_option("exclude_subscriptions"))
        except ScopeError as exc:
            raise AnsibleParserError("%s: %s" % (path, exc))
        auth_params = {name: self.get_option(name) for name in AUTH_ARGSPEC}
        found = read_scope(auth_params, scope, parallelism=max(1, self.get_option("parallelism")),
                           timeout=max(1, self.get_option("timeout")), discovery=self.get_option("discovery"))
        for warning in found["warnings"]:
            self.display.warning(warning)
        if found["errors"]:
            reasons = "; ".join("%s: %s" % (error["scope"], error["msg"]) for error in found["errors"])
            if self.get_option("fail_on_read_errors") or not found["resources"] and not found["reads"]:
                raise AnsibleParserError("%s: %d part(s) of the scope could not be read: %s"
                                         % (path, len(found["errors"]), reasons))
            self.display.warning("%s: %d part(s) of the scope could not be read, their hosts are missing: %s"
                                 % (path, len(found["errors"]), reasons))
        subscriptions = [str(value) for value in self.get_option("subscriptions") or []]
        for host in hosts_of(found, self.get_option("host_per"), subscriptions, self.get_option("resource_types")):
            self._add(host)

    def _add(self, host):
        name = host["name"]
        self.inventory.add_host(name)
        for variable, value in host["connection"].items():
            self.inventory.set_variable(name, variable, trust_as_template(value))
        for variable, value in host["vars"].items():  # from Azure: tags and names are never templates
            self.inventory.set_variable(name, variable, wrap_var(value))
        for group in host["groups"]:
            group = self._sanitize_group_name(group)
            self.inventory.add_group(group)
            self.inventory.add_child(group, name)
        strict = self.get_option("strict")
        hostvars = self.inventory.get_host(name).get_vars()
        self._set_composite_vars(self.get_option("compose"), hostvars, name, strict=strict)
        self._add_host_to_composed_groups(self.get_option("groups"), hostvars, name, strict=strict)
        self._add_host_to_keyed_groups(self.get_option("keyed_groups"), hostvars, name, strict=strict)
