# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The thin AnsibleModule wrapper every module file calls: argspec merge, SDK check, one engine call, exit."""

from __future__ import annotations

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.privatelink.azure.plugins.module_utils._argspec import (
    CONNECTION_RULES, connection_argspec, info_argspec, info_rules)
from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._info import collect
from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._services import SERVICES


def _module(service, argspec, rules, check_mode):
    module = AnsibleModule(argument_spec=dict(AUTH_ARGSPEC, **argspec), supports_check_mode=check_mode, **rules)
    try:
        service.client_class()
    except ImportError as exc:
        module.fail_json(msg="%s (%s)" % (missing_required_lib(service.sdk_package), exc))
    return module


def _finish(module, result):
    for warning in result.pop("warnings", []):
        module.warn(warning)
    if result.get("failed"):
        result.pop("failed")
        module.fail_json(**result)
    module.exit_json(**result)


def run_pec_module(service_key):
    """main() of azure_<service>_pec."""
    service = SERVICES[service_key]
    module = _module(service, connection_argspec(service), CONNECTION_RULES, check_mode=True)
    # ``diff`` is always returned; Ansible shows it only with --diff.
    _finish(module, reconcile(service, module.params, check_mode=module.check_mode))


def run_info_module(service_key):
    """main() of azure_<service>_pec_info."""
    service = SERVICES[service_key]
    module = _module(service, info_argspec(service), info_rules(service), check_mode=True)
    _finish(module, collect(service, module.params))
