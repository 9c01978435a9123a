"""A module's work in an action's process (plugin_utils/_in_process.py): options validated as AnsibleModule
validates them, secrets masked as exit_json masks them, the libraries' warnings and log records kept off
ansible-playbook's console and log."""

import logging
import warnings

from ansible_collections.privatelink.azure.plugins.module_utils._scope_task import SCOPE_TASK_ARGSPEC
from ansible_collections.privatelink.azure.plugins.plugin_utils._in_process import (
    LIBRARY_LOGGERS, libraries_quiet, masked, validated_options)


def test_options_are_typed_and_defaulted_as_the_module_has_them():
    options = validated_options(SCOPE_TASK_ARGSPEC, {"subscriptions": "s1,s2", "parallelism": "8"})
    assert options.params["subscriptions"] == ["s1", "s2"] and options.params["parallelism"] == 8
    assert options.params["fail_on_error"] is True and options.params["discovery"] == "auto"
    assert options.notes == []


def test_options_the_module_refuses_are_left_to_it():
    assert validated_options(SCOPE_TASK_ARGSPEC, {"parallelism": "many"}) is None
    assert validated_options(SCOPE_TASK_ARGSPEC, {"no_such_option": 1}) is None
    assert validated_options(SCOPE_TASK_ARGSPEC, {"discovery": "psychic"}) is None


def test_an_option_and_its_alias_both_set_is_noted_in_ansible_modules_words():
    options = validated_options(SCOPE_TASK_ARGSPEC, {"authority_host": "https://a.example",
                                                     "adfs_authority_url": "https://b.example"})
    assert options.notes == ["Both option authority_host and its alias adfs_authority_url are set."]


def test_a_path_option_expands_the_environment_it_is_validated_in(monkeypatch):
    monkeypatch.setenv("PEC_CA_DIR", "/etc/pec-ca")
    options = validated_options(SCOPE_TASK_ARGSPEC, {"ca_bundle": "$PEC_CA_DIR/ca.pem"})
    assert options.params["ca_bundle"] == "/etc/pec-ca/ca.pem"


def test_secrets_are_masked_but_in_what_a_result_file_would_hand_over():
    options = validated_options(SCOPE_TASK_ARGSPEC, {"secret": "s3cr3t-value"})
    found = {"errors": [{"msg": "sign-in refused for s3cr3t-value"}], "warnings": ["s3cr3t-value"],
             "connections": [{"description": "s3cr3t-value"}], "resources": []}
    shown = masked(found, options.secrets, kept=("connections", "resources"))
    assert "s3cr3t-value" not in repr({key: shown[key] for key in ("errors", "warnings")})
    assert shown["connections"] == found["connections"]


def test_the_libraries_are_quiet_within_the_block_and_as_they_were_after_it(capsys):
    logger = logging.getLogger("azure.identity._internal.decorators")
    before = [(logging.getLogger(name).level, logging.getLogger(name).propagate,
               list(logging.getLogger(name).handlers)) for name in LIBRARY_LOGGERS]
    with libraries_quiet():
        logger.warning("ClientSecretCredential.get_token failed")
        warnings.warn("Unverified HTTPS request", UserWarning)
    assert capsys.readouterr().err == ""
    assert [(logging.getLogger(name).level, logging.getLogger(name).propagate,
             list(logging.getLogger(name).handlers)) for name in LIBRARY_LOGGERS] == before
