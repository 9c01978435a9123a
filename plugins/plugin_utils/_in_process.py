# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""A module's work done in an action's own process (ansible-playbook's worker) as the module would do it.

pec_approval_plan does azure_pec_scope_info's work this way where the module would run on the controller in
ansible-playbook's own Python. What a module process gets from AnsibleModule and from being a process of its own,
and the worker gets here:

- ``validated_options``: the options validated, typed and defaulted by the module's argument spec as AnsibleModule
  does (ArgumentSpecValidator), its alias warnings worded as AnsibleModule words them, and the values to mask;
- ``masked``: secrets removed from what is returned, as ``exit_json`` removes them;
- ``libraries_quiet``: the libraries' Python warnings and log records go nowhere, as a successful module's stderr
  goes nowhere (else azure-identity's failed-token warnings and urllib3's InsecureRequestWarning would print on
  ansible-playbook's console, and with ``log_path`` azure-core's request log would fill Ansible's log).

The task's environment is the action's to apply (``ActionBase._compute_environment_string``), before validation,
since path options expand variables; a stopped job is ``_cancel.ParentWatch``'s.
"""

from __future__ import annotations

import contextlib
import logging
import warnings

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.parameters import remove_values

# The loggers of the libraries the reads go through (azure-core, azure-identity and azure-mgmt-*, msal, requests'
# urllib3).
LIBRARY_LOGGERS = ("azure", "msal", "urllib3", "requests")


class ValidatedOptions:
    """``params`` (as AnsibleModule.params), ``notes`` (AnsibleModule's warnings about them) and ``secrets``."""

    def __init__(self, params, notes, secrets):
        self.params = params
        self.notes = notes
        self.secrets = secrets


def validated_options(argument_spec, args):
    """The options ``args`` validated by ``argument_spec`` as AnsibleModule validates them, or None when they are
    not valid (the module, run instead, says what to change in its own words)."""
    try:
        result = ArgumentSpecValidator(argument_spec).validate(args)
    except (OverflowError, TypeError, ValueError):  # "inf" for an int: the module words it (_module.ansible_module)
        return None
    if result.error_messages:
        return None
    # The private lists AnsibleModule itself reads (ModuleArgumentSpecValidator.validate) for its warnings.
    notes = ["Both option %s and its alias %s are set." % (warning["option"], warning["alias"])
             for warning in result._warnings]  # pylint: disable=protected-access
    notes += [deprecation["msg"] for deprecation in result._deprecations]  # pylint: disable=protected-access
    return ValidatedOptions(result.validated_parameters, notes,
                            result._no_log_values)  # pylint: disable=protected-access


def masked(found, secrets, kept=()):
    """``found`` with every secret value replaced, as ``exit_json`` does, but in the entries ``kept`` (those a
    module hands over in its result file, unmasked there too)."""
    return {key: value if key in kept else remove_values(value, secrets) for key, value in found.items()}


@contextlib.contextmanager
def libraries_quiet(names=LIBRARY_LOGGERS):
    """Within the block, the libraries' log records and Python warnings go nowhere; as they were after it."""
    loggers = [logging.getLogger(name) for name in names]
    saved = [(logger.level, logger.propagate) for logger in loggers]
    nowhere = logging.NullHandler()
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
        logger.addHandler(nowhere)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, (level, propagate) in zip(loggers, saved):
            logger.removeHandler(nowhere)
            logger.setLevel(level)
            logger.propagate = propagate
