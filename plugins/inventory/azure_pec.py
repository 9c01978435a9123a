# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
name: azure_pec
short_description: Azure resources with private endpoint connections, as hosts
version_added: 0.1.0
description:
  - Turns a fleet of Azure resources of any type of docs/types.md (Key Vaults, Storage accounts, SQL servers,
    ...) into inventory hosts, one per resource
    (the I(parent) of private endpoint connections) or, with O(host_per=subscription), one per subscription.
  - Each host carries its connection counts by status and (per resource) the resource's tags, and the scope
    variables of the role
    R(privatelink.azure.pec_approval,ansible_collections.privatelink.azure.pec_approval_role)
    (C(pec_approval_resources) or C(pec_approval_subscriptions)), so that a play on all hosts with a local connection runs the role once
    per host, each on its own share of the fleet. That is what lets AWX job slicing spread a fleet over nodes.
  - Groups by type (C(pec_keyvault), C(pec_mhsm), C(pec_storage)), subscription (C(pec_subscription_<id>)),
    resource group (C(pec_resource_group_<name>)), tag (C(pec_tag_<key>_<value>)) and C(pec_pending) (hosts with
    at least one Pending connection); names are lower case with C(-) and other characters turned into C(_).
  - Costs one paged list per resource type and subscription (the parents' lists embed their connections and
    tags), the same reads as the role and the info modules, run concurrently; over many subscriptions or types,
    one Azure Resource Graph query (see O(discovery)).
  - The configuration file's name must end with C(azure_pec.yml) or C(azure_pec.yaml).
  - Like the other cloud inventories (amazon.aws C(aws_ec2), azure.azcollection C(azure_rm)) it can cache what it
    read (O(cache)), name hosts with templates (O(hostnames)), keep or drop hosts with conditions
    (O(include_host_filters), O(exclude_host_filters)), and its auth options may be templates (a C(lookup), a
    vaulted value).
author:
  - privatelink.azure contributors (@privatelink-azure)
extends_documentation_fragment:
  - privatelink.azure.auth
  - constructed
  - inventory_cache
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
      - V(auto), V(resource_graph) or V(arm), as the option of the module M(privatelink.azure.azure_pec_scope_info).
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
    description:
      - The types taken from O(subscriptions) and O(resource_groups), as ARM types of docs/types.md or their names, in
        any case.
      - Empty (the default) means every type of the table, at one paged list per type and subscription (or group).
    type: list
    elements: str
    default: []
  host_per:
    description:
      - V(resource) makes one host per resource (Key Vault, SQL server, ...), named C(<name>_<hash>) where
        C(<hash>) is 8 hex digits of a hash of its ARM id, as azure.azcollection's C(azure_rm) inventory names
        hosts, so that no host is ever renamed when another resource of the same name appears; see
        O(hostnames).
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
  hostnames:
    description:
      - Jinja2 expressions (without C({{ }})) evaluated with each host's variables (C(pec_parent), C(pec_tags),
        C(pec_subscription_id), ...); the first that gives a non-empty string names the host. When none does (or
        the list is empty), the default name of O(host_per) is used.
      - Two hosts may not get the same name. Prefer expressions that stay unique when resources are added, such
        as C(pec_parent.name ~ '.' ~ pec_parent.resource_group ~ '.' ~ pec_parent.subscription_id); a name that two
        hosts get fails the inventory, naming both (it would otherwise merge them, or rename one).
    type: list
    elements: str
    default: []
  include_host_filters:
    description:
      - Jinja2 conditionals (without C({{ }})) on each host's variables; a host is kept when any of them is true.
        Empty keeps every host.
    type: list
    elements: str
    default: []
  exclude_host_filters:
    description:
      - Jinja2 conditionals (without C({{ }})) on each host's variables; a host is dropped when any of them is
        true, for example C(pec_tags.env | default('') == 'dev'). Applied after O(include_host_filters).
    type: list
    elements: str
    default: []
  fail_on_read_errors:
    description:
      - When a part of the scope cannot be read (no access, missing resource group, Azure error), fail the
        inventory with the reasons. With V(false), warn and build the inventory from what could be read; the
        hosts of the parts that failed are missing, so a job run on it covers less of the fleet.
    type: bool
    default: true
notes:
  - With O(cache), the cache holds what Azure answered (the resources, their counts and tags, never a token or
    secret) under a key of this file's path; a run that finds it sends no request to Azure, not even for a token.
    C(ansible-playbook --flush-cache) (or AWX's inventory update) reads Azure again and refreshes it. A read with
    errors is never cached.
  - Every auth option may be a template (C("{{ lookup('env', 'MY_CLIENT_ID') }}"), a vaulted value); it is
    templated with lookups allowed, without host or extra variables.
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
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: /var/cache/ansible/azure_pec
cache_timeout: 3600

# prod-only.azure_pec.yml -- readable names, no dev resources, a client id from the environment
plugin: privatelink.azure.azure_pec
subscriptions: [00000000-0000-0000-0000-000000000000]
client_id: "{{ lookup('ansible.builtin.env', 'PEC_CLIENT_ID') }}"
hostnames:
  - pec_tags.hostname | default('')
  - pec_parent.name ~ '.' ~ pec_parent.resource_group ~ '.' ~ pec_parent.subscription_id
exclude_host_filters:
  - pec_tags.env | default('') == 'dev'

# prod.azure_pec.yml -- the vaults of two resource groups, an extra group from a tag
plugin: privatelink.azure.azure_pec
resource_groups: [rg-app, rg-shared]
resource_types: [Microsoft.KeyVault/vaults]
keyed_groups:
  - key: pec_tags.owner | default('nobody')
    prefix: owner
"""

from ansible.errors import AnsibleError, AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable
from ansible.utils.unsafe_proxy import wrap_var

try:  # ansible-core 2.19 and later template no value of an inventory plugin unless it is marked trusted
    from ansible.template import trust_as_template
except ImportError:  # older ones template every value unless it is wrapped as unsafe
    def trust_as_template(value):
        return value

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.plugin_utils._inventory_hosts import hosts_of
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError, read_scope


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):
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
        found = self._cached_or_read(scope, path, cache)
        subscriptions = [str(value) for value in self.get_option("subscriptions") or []]
        hosts = hosts_of(found, self.get_option("host_per"), subscriptions, self.get_option("resource_types"))
        named = {}
        for host in hosts:
            if not self._kept(host):
                continue
            name = self._host_name(host)
            if name.lower() in named:
                raise AnsibleParserError(
                    "%s: hostnames give the name %r to two hosts (%s and %s); add an expression that tells them apart "
                    "(or leave hostnames empty for the default names, which are unique)"
                    % (path, name, _identity(named[name.lower()]), _identity(host)))
            named[name.lower()] = host
            self._add(dict(host, name=name))

    def _cached_or_read(self, scope, path, cache):
        """What Azure answered: from the cache when it is on and holds this file's key, else read (and cached)."""
        cache_key = self.get_cache_key(path)
        use_cache = self.get_option("cache") and cache
        if use_cache:
            try:
                return self._cache[cache_key]
            except KeyError:
                pass
        found = self._read(scope, path)
        if self.get_option("cache") and not found["errors"]:
            self._cache[cache_key] = found
        return found

    def _read(self, scope, path):
        found = read_scope(self._auth_params(), scope, parallelism=max(1, self.get_option("parallelism")),
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
        # Only what the hosts are made of (and nothing secret) is kept, also in the cache.
        return {"resources": found["resources"], "errors": found["errors"], "warnings": found["warnings"]}

    def _auth_params(self):
        """The auth options, each templated (lookups, vaulted values) when it is a template."""
        params = {}
        for name in AUTH_ARGSPEC:
            value = self.get_option(name)
            if isinstance(value, str) and self.templar.is_possibly_template(value):
                try:
                    value = self.templar.template(trust_as_template(value))
                except AnsibleError as exc:
                    raise AnsibleParserError("%s: option %s could not be templated: %s"
                                             % (self._config_path, name, exc))
            params[name] = value
        return params

    def _host_name(self, host):
        """The first non-empty result of the hostnames expressions, else the default name."""
        variables = wrap_var(dict(host["vars"]))  # from Azure: a tag is never a template
        for expression in self.get_option("hostnames") or []:
            try:
                value = self._compose(expression, variables)
            except Exception as exc:  # an expression that does not apply to this host counts as empty, as in azure_rm
                self.display.vvv("%s: hostnames expression %r: %s" % (self._config_path, expression, exc))
                continue
            if value is not None and str(value).strip():
                return str(value).strip()
        return host["name"]

    def _kept(self, host):
        variables = wrap_var(dict(host["vars"]))  # from Azure: a tag is never a template
        include = self.get_option("include_host_filters") or []
        if include and not any(self._condition(expression, variables) for expression in include):
            return False
        return not any(self._condition(expression, variables) for expression in
                       self.get_option("exclude_host_filters") or [])

    def _condition(self, expression, variables):
        try:
            return _truthy(self._compose(expression, variables))
        except Exception as exc:
            raise AnsibleParserError("%s: host filter %r could not be evaluated: %s"
                                     % (self._config_path, expression, exc))

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


def _identity(host):
    parent = host["vars"].get("pec_parent") or {}
    return parent.get("id") or host["vars"].get("pec_subscription_id") or host["name"]


def _truthy(value):
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "no", "0", "none", "off")
    return bool(value)
