# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The thin AnsibleModule wrapper every module file calls: argspec merge, SDK check, one engine call, exit.

Each entry point imports only the engine it runs (a write module never loads the info or scope machinery), so that
a single module run starts quickly.
"""

from __future__ import annotations

import json
import os
import tempfile

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._argspec import (
    CONNECTION_RULES, GENERIC_CONNECTION_RULES, GENERIC_INFO_RULES, connection_argspec, generic_connection_argspec,
    generic_info_argspec, info_argspec, info_rules)
from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._calls import check_client_library, client_library
from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancelled, watch
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError
from ansible_collections.privatelink.azure.plugins.module_utils._generic import PARENT_OPTION, generic_target
from ansible_collections.privatelink.azure.plugins.module_utils._types import BY_KEY


def ansible_module(argument_spec, **options):
    """AnsibleModule(...), except that an infinite number gives a message instead of ansible-core's traceback.

    ansible-core's int check (2.19) turns ``"inf"`` into Decimal('Infinity') and lets int()'s OverflowError out.
    Then parse again with the numeric options untyped, only to be able to say which option to fix.
    """
    try:
        return AnsibleModule(argument_spec=argument_spec, **options)
    except OverflowError:
        numeric = [name for name, spec in argument_spec.items() if spec.get("type") in ("int", "float")]
        module = AnsibleModule(argument_spec=dict(argument_spec, **{
            name: dict(argument_spec[name], type="raw") for name in numeric}), **options)
        infinite = [name for name in numeric if "inf" in str(module.params.get(name)).lower()]
        module.fail_json(msg="Option(s) %s must be a whole number, not infinity." % ", ".join(infinite or numeric))


def require_client_libraries(module, rows, plain_json=False):
    """fail_json naming the package to install when the library some row's requests need is missing."""
    for row in rows:
        try:
            check_client_library(row, plain_json)
        except ImportError as exc:
            module.fail_json(msg="%s (%s)" % (missing_required_lib(client_library(row, plain_json)[1]), exc))


def _module(service, argspec, rules, check_mode):
    module = ansible_module(dict(AUTH_ARGSPEC, **argspec), supports_check_mode=check_mode, **rules)
    require_client_libraries(module, [service])
    watch()  # a stopped job stops this module too (docs/cancellation.md)
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
    service = BY_KEY[service_key]
    from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile

    module = _module(service, connection_argspec(service), CONNECTION_RULES, check_mode=True)
    # ``diff`` is always returned; Ansible shows it only with --diff.
    _finish(module, reconcile(service, module.params, check_mode=module.check_mode))


def run_info_module(service_key):
    """main() of azure_<service>_pec_info."""
    service = BY_KEY[service_key]
    from ansible_collections.privatelink.azure.plugins.module_utils._info import collect

    module = _module(service, info_argspec(service), info_rules(service), check_mode=True)
    _finish(module, collect(service, module.params))


def _generic_module(argspec, rules):
    """The AnsibleModule of a generic module, the row its parent is of, and the options for the engine."""
    module = ansible_module(dict(AUTH_ARGSPEC, **argspec), supports_check_mode=True, **rules)
    try:
        row, params = generic_target(module.params)
    except PecError as failure:
        _finish(module, failure.result())
    require_client_libraries(module, [row])
    watch()  # a stopped job stops this module too (docs/cancellation.md)
    return module, row, params


def run_generic_pec_module():
    """main() of azure_pec: azure_<service>_pec for a resource of any type of the table."""
    from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile

    module, row, params = _generic_module(generic_connection_argspec(), GENERIC_CONNECTION_RULES)
    _finish(module, reconcile(row, params, check_mode=module.check_mode, parent_option=PARENT_OPTION))


def run_generic_info_module():
    """main() of azure_pec_info: azure_<service>_pec_info for any type of the table."""
    from ansible_collections.privatelink.azure.plugins.module_utils._info import collect

    module, row, params = _generic_module(generic_info_argspec(), GENERIC_INFO_RULES)
    _finish(module, collect(row, params, parent_option=PARENT_OPTION))


def run_scope_module():
    """main() of azure_pec_scope_info: the whole scope, every type and subscription, in this one process."""
    from ansible_collections.privatelink.azure.plugins.module_utils._scope import ScopeError
    from ansible_collections.privatelink.azure.plugins.module_utils._scope_task import (
        SCOPE_TASK_ARGSPEC, checked_scope, read_checked_scope)

    module = ansible_module(SCOPE_TASK_ARGSPEC, supports_check_mode=True)
    params = module.params
    try:
        scope = checked_scope(params)
    except ScopeError as exc:
        module.fail_json(msg=str(exc))
    # The scope reader sends plain ARM JSON for every type (_scope): azure-mgmt-core, no SDK of a type.
    require_client_libraries(module, scope.rows_read(), plain_json=True)
    watch()  # a stopped job stops this module too (docs/cancellation.md)
    try:
        found = read_checked_scope(params, scope)
    except Cancelled as cancelled:
        module.fail_json(msg="Cancelled (%s). This module writes nothing; run it again." % cancelled, cancelled=True)
    for warning in found.pop("warnings"):
        module.warn(warning)
    if params["result_file"]:
        _write_result_file(module, params["result_file"], found)
    result = dict(found, changed=False)
    if found["errors"] and params["fail_on_error"]:
        module.fail_json(msg="%d part(s) of the scope could not be read; the first: %s"
                         % (len(found["errors"]), found["errors"][0]["msg"]), **result)
    module.exit_json(**result)


def run_batch_module():
    """main() of azure_pec_batch: options, sessions, the parallel run (``_batch.Batch``), the result."""
    import time

    from ansible_collections.privatelink.azure.plugins.module_utils import _arm
    from ansible_collections.privatelink.azure.plugins.module_utils._auth import AuthConfigError
    from ansible_collections.privatelink.azure.plugins.module_utils._batch import (
        TARGET, Batch, BatchAuthFailed, Change)
    from ansible_collections.privatelink.azure.plugins.module_utils._cancel import CANCELLATION
    from ansible_collections.privatelink.azure.plugins.module_utils._journal import Journal
    from ansible_collections.privatelink.azure.plugins.module_utils._limits import (
        PARALLELISM, WAIT_TIMEOUT, out_of_bounds)
    from ansible_collections.privatelink.azure.plugins.module_utils._pacer import PACER

    argument_spec = dict(
        AUTH_ARGSPEC,
        changes=dict(type="list", elements="dict", required=True, options=dict(
            connection_id=dict(type="str", required=True),
            action=dict(type="str", required=True, choices=list(TARGET)),
            description=dict(type="str"),
        )),
        parallelism=dict(type="int", default=_defaults.PARALLELISM),
        wait_timeout=dict(type="int", default=_defaults.WAIT_TIMEOUT),
        fail_on_item_error=dict(type="bool", default=True),
        journal=dict(type="path"),
    )
    module = ansible_module(argument_spec, supports_check_mode=True)
    params = module.params
    for option, bounds, unit in (("parallelism", PARALLELISM, ""), ("wait_timeout", WAIT_TIMEOUT, " seconds")):
        wrong = out_of_bounds(option, params[option], bounds, unit)
        if wrong:
            module.fail_json(msg=wrong)
    try:
        changes = [Change(index, item) for index, item in enumerate(params["changes"])]
    except ValueError as exc:
        module.fail_json(msg=str(exc))
    seen = set()
    for change in changes:
        if _arm.normalize_id(change.connection_id) in seen:
            module.fail_json(msg="connection %s is listed twice in changes; give each connection once"
                             % change.connection_id)
        seen.add(_arm.normalize_id(change.connection_id))
    require_client_libraries(module, list(dict.fromkeys(change.service for change in changes)))

    try:
        journal = Journal(params["journal"])
    except (OSError, ValueError) as exc:
        module.fail_json(msg="Cannot append to journal %s: %s. Give a writable file path." % (params["journal"], exc))
    watch()  # a stopped job stops the batch too (docs/cancellation.md)
    auth_params = {name: params.get(name) for name in AUTH_ARGSPEC}
    batch = Batch(changes, auth_params, params["wait_timeout"], module.check_mode, journal)
    started = time.monotonic()
    try:
        for warning in batch.open_session():
            module.warn(warning)
        results, longest_chain = batch.run(params["parallelism"])
    except (AuthConfigError, BatchAuthFailed) as exc:
        journal.write("end", cancelled=False, failed="Nothing was changed: %s" % exc)
        module.fail_json(msg="Nothing was changed: %s" % exc)
    except Cancelled:  # while signing in: nothing started
        results, longest_chain = [batch.not_started(change) for change in changes], 0
    batch.close()
    if CANCELLATION.requested():
        _exit_batch_cancelled(module, journal, results, time.monotonic() - started)

    failed = [r for r in results if r["error"]]
    diff = {"before": {}, "after": {}}
    for result in results:
        for warning in result.pop("warnings"):
            module.warn(warning)
        change_diff = result.pop("diff")
        if change_diff:
            diff["before"][result["connection_id"]] = change_diff.get("before")
            diff["after"][result["connection_id"]] = change_diff.get("after")
    outcome = dict(changed=any(r["changed"] for r in results), results=results, failed_changes=len(failed),
                   seconds=round(time.monotonic() - started, 3), longest_chain=longest_chain, diff=diff,
                   pacing=PACER.summary())
    journal.write("end", cancelled=False, changed=outcome["changed"], failed_changes=len(failed))
    journal.close()
    if failed and params["fail_on_item_error"]:
        module.fail_json(msg="%d of %d changes failed; the first: %s" % (len(failed), len(results),
                                                                         failed[0]["error"]["message"]), **outcome)
    module.exit_json(**outcome)


def _exit_batch_cancelled(module, journal, results, seconds):
    """fail_json with what the batch did before it was stopped: each change done, in flight or not started."""
    from ansible_collections.privatelink.azure.plugins.module_utils._cancel import CANCELLATION

    by_progress = {progress: [r["connection_id"] for r in results if r["progress"] == progress]
                   for progress in ("done", "in flight", "not started")}
    journal.write("end", cancelled=True, reason=CANCELLATION.reason, done=by_progress["done"],
                  in_flight=by_progress["in flight"], not_started=by_progress["not started"])
    journal.close()
    for result in results:
        result.pop("warnings", None)
        result.pop("diff", None)
    module.fail_json(
        msg="Cancelled (%s): %d change(s) done, %d in flight (each with its connection as last seen), %d not "
            "started. Nothing was started after the cancellation." % (
                CANCELLATION.reason, len(by_progress["done"]), len(by_progress["in flight"]),
                len(by_progress["not started"])),
        cancelled=True, changed=any(r["changed"] for r in results), results=results,
        failed_changes=len([r for r in results if r["error"]]), seconds=round(seconds, 3))


def _write_result_file(module, path, found):
    """Move the connections and resources into a new file of their own (0600), for a caller on this machine: tens
    of thousands of connections cost seconds of ansible-core's result handling, and a JSON file a fraction.

    Only when asked, and only in a directory the caller owns (this user's, writable by nobody else, such as one
    made by mkdtemp): written whole under a temporary name there, then linked to ``path``, which must not exist
    (never overwritten, never half-written). The same in check mode: a hand-over to the caller, not a change.
    """
    directory = os.path.dirname(os.path.abspath(path))
    try:
        owner = os.stat(directory)
        if owner.st_uid != os.getuid() or owner.st_mode & 0o022:
            module.fail_json(msg="result_file: the directory %s must belong to this user and be writable by nobody "
                                 "else (a directory made by mkdtemp); give a path in such a directory, or leave "
                                 "result_file out" % directory)
        handle, temporary = tempfile.mkstemp(prefix=".scope-", suffix=".partial", dir=directory)
        try:
            with os.fdopen(handle, "w") as stream:
                # dumps, not dump: json.dump encodes in Python, json.dumps in C (the same text, 1.5x faster here).
                stream.write(json.dumps({"connections": found["connections"], "resources": found["resources"]}))
            os.link(temporary, path)
        finally:
            os.unlink(temporary)
    except (OSError, TypeError, ValueError) as exc:
        module.fail_json(msg="result_file: could not write %s (%s); give a path to a new file in a writable "
                             "directory, or leave result_file out" % (path, exc))
    found.update(connections=[], resources=[], result_file=path)
