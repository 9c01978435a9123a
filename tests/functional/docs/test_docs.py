"""The docs agree with each other and with the code: links resolve, files named in examples are the right kind,
the README's sessions show what a user sees outside the clone, emulator.env is explained, every policy parses."""

import glob
import os
import re

import pytest
import yaml

from ansible_collections.privatelink.azure.plugins.plugin_utils._policy_rules import compile_rules
from tests.emulator.launcher import module_env

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PAGES = ["README.md"] + sorted(os.path.relpath(path, REPO_ROOT)
                               for path in glob.glob(os.path.join(REPO_ROOT, "docs", "*.md")))
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
CI_FILE = re.compile(r"<!-- ci: file (\S+) -->\n```\w*\n(.*?)^```", re.S | re.M)
WARNINGS = ("[WARNING]: No inventory was parsed, only implicit localhost is available",
            "[WARNING]: provided hosts list is empty, only localhost is available")


def read(page):
    with open(os.path.join(REPO_ROOT, page), encoding="utf-8") as handle:
        return handle.read()


def fenced(page):
    """(language, text) of every fenced block of a page."""
    return [(match.group(1), match.group(2)) for match in FENCE.finditer(read(page))]


@pytest.mark.parametrize("page", PAGES)
def test_every_relative_link_resolves(page):
    text = FENCE.sub("", read(page))  # links inside code blocks are code
    broken = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue
        path = os.path.normpath(os.path.join(REPO_ROOT, os.path.dirname(page), target.split("#", 1)[0]))
        if not os.path.exists(path):
            broken.append(target)
    assert broken == [], "%s links to missing files: %s" % (page, broken)


def _kind(document):
    if isinstance(document, list) and document and all(isinstance(p, dict) and "hosts" in p for p in document):
        return "playbook"
    if isinstance(document, dict):
        return "variables"
    return "other"


def _uses():
    """{file name: {(kind, where)}}: how the commands in fenced blocks use each YAML file they name."""
    uses = {}
    for page in PAGES:
        for unused_language, text in fenced(page):
            for line in text.splitlines():
                line = line.strip().lstrip("$ ").split(" #")[0]
                words = line.split()
                if not words or words[0] not in ("ansible-playbook", "ansible-rulebook"):
                    continue
                for index, word in enumerate(words[1:], 1):
                    before = words[index - 1]
                    if before in ("--vars", "-e", "--extra-vars") and word.lstrip("@").endswith((".yml", ".yaml")):
                        uses.setdefault(os.path.basename(word.lstrip("@")), set()).add(("variables", page))
                    elif (words[0] == "ansible-playbook" and word.endswith((".yml", ".yaml"))
                          and before not in ("-i", "--inventory", "--vars", "-e", "--extra-vars")):
                        uses.setdefault(os.path.basename(word), set()).add(("playbook", page))
    return uses


def test_a_file_name_in_the_examples_means_one_kind_of_file_everywhere():
    uses = _uses()
    assert uses, "no ansible-playbook or ansible-rulebook command found in the docs"
    mixed = {name: sorted(found) for name, found in uses.items() if len({kind for kind, unused in found}) > 1}
    assert mixed == {}, "used both as a playbook and as a variables file: %s" % mixed


def test_files_the_docs_write_out_or_ship_are_the_kind_their_commands_need():
    uses = _uses()
    checked = 0
    for page in PAGES:
        for name, text in CI_FILE.findall(read(page)):
            wanted = {kind for kind, unused in uses.get(name, ())}
            assert wanted, "%s: the README block saved as %s is never run" % (page, name)
            assert wanted == {_kind(yaml.safe_load(text))}, (page, name, wanted)
            checked += 1
    for path in glob.glob(os.path.join(REPO_ROOT, "examples", "*.yml")):
        name = os.path.basename(path)
        if name in uses and not any(name == written for page in PAGES
                                    for written, unused in CI_FILE.findall(read(page))):
            with open(path, encoding="utf-8") as handle:
                assert {kind for kind, unused in uses[name]} == {_kind(yaml.safe_load(handle))}, name
            checked += 1
    assert checked >= 2


def test_the_readme_sessions_show_the_warnings_a_user_sees_outside_the_clone():
    sessions = [text for language, text in fenced("README.md")
                if language == "console" and "$ ansible-playbook" in text]
    assert sessions
    for text in sessions:
        without_inventory = [line for line in text.splitlines() if line.startswith("$ ansible-playbook")
                             and not re.search(r"\s(-i|--inventory)\s", line)]
        if without_inventory:
            for warning in WARNINGS:
                assert warning in text, "%s\nruns without an inventory but does not show: %s" % (text, warning)


def test_every_variable_emulator_env_exports_is_explained():
    info = {"subscription_id": "s", "tenant_id": "t", "client_id": "c", "client_secret": "x", "authority": "a",
            "arm_url": "u", "ca_file": "f"}
    readme = read("README.md")
    table = readme[readme.index("`~/emulator.env` exports"):]
    table = table[:table.index("\n\n", table.index("| variable |"))]
    for name in module_env(info):
        assert "`%s`" % name in table, name


def _policies():
    for page in PAGES:
        for language, text in fenced(page):
            if language == "yaml" and "pec_approval_rules" in text and "{{" not in text:
                yield page, yaml.safe_load(text)


def _rules_in(document):
    if isinstance(document, dict):
        if isinstance(document.get("pec_approval_rules"), list):
            yield document["pec_approval_rules"]
        for value in document.values():
            yield from _rules_in(value)
    elif isinstance(document, list):
        for value in document:
            yield from _rules_in(value)


def test_every_policy_in_the_docs_passes_the_rule_checker():
    checked = 0
    for page, document in _policies():
        for rules in _rules_in(document):
            compile_rules(rules)
            checked += 1
    assert checked >= 8  # the README, docs/role.md and its cookbook, docs/eda.md


def test_no_page_says_a_report_opens_from_an_awx_artifact():
    # AWX artifacts are set_stats data, not files (docs/awx.md): the reports have to be kept by the job itself.
    pages = PAGES + [os.path.relpath(path, REPO_ROOT) for path in
                     glob.glob(os.path.join(REPO_ROOT, "plugins", "filter", "*.yml"))
                     + [os.path.join(REPO_ROOT, "roles", "pec_approval", "meta", "argument_specs.yml")]]
    said = [page for page in pages if re.search(r"from an\s+AWX\s+artifact", read(page))]
    assert said == []
