#!/usr/bin/env python
"""Check the execution and decision environment definitions against the collection (run by the ee stage).

- Their ansible-core requirement is exactly meta/runtime.yml's requires_ansible: the image gets an ansible-core
  the collection declares, and a change of the supported range changes the images too.
- Their base image is pinned by digest (``name@sha256:<64 hex>``), never a moving tag such as ``latest``.
- The Containerfile that ``ansible-builder create`` wrote (optional argument: the build context) builds from that
  pinned image.

Usage: python scripts/ee_check.py [CONTEXT_DIR]   (prints what it checked; exit 1 with the problems)
"""

from __future__ import annotations

import os
import re
import sys

import yaml
from packaging.specifiers import SpecifierSet

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFINITIONS = ("execution-environment/execution-environment.yml", "execution-environment/decision-environment.yml")
PINNED = re.compile(r"^[^\s@]+@sha256:[0-9a-f]{64}$")


def load(path):
    with open(os.path.join(REPO_ROOT, path), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def problems_of(definition_path, requires_ansible):
    definition = load(definition_path)
    problems = []
    requirement = str(definition["dependencies"]["ansible_core"]["package_pip"]).replace(" ", "")
    if not requirement.startswith("ansible-core"):
        problems.append("%s: ansible_core is %r, not an ansible-core requirement" % (definition_path, requirement))
    elif SpecifierSet(requirement[len("ansible-core"):]) != requires_ansible:
        problems.append("%s: ansible_core is %r; meta/runtime.yml requires_ansible is %r: make them the same"
                        % (definition_path, requirement, str(requires_ansible)))
    image = definition["images"]["base_image"]["name"]
    if not PINNED.match(image):
        problems.append("%s: base image %r is not pinned by digest (name@sha256:<digest>)" % (definition_path, image))
    return problems, image


def main(argv):
    requires_ansible = SpecifierSet(load("meta/runtime.yml")["requires_ansible"])
    problems, images = [], []
    for path in DEFINITIONS:
        found, image = problems_of(path, requires_ansible)
        problems.extend(found)
        images.append(image)
    if argv:
        with open(os.path.join(argv[0], "Containerfile"), encoding="utf-8") as handle:
            containerfile = handle.read()
        if images[0] not in containerfile:
            problems.append("%s/Containerfile does not build from %s" % (argv[0], images[0]))
    for problem in problems:
        print("ee_check: " + problem)
    if problems:
        return 1
    print("ee_check: ansible-core %s as in meta/runtime.yml; base image %s" % (requires_ansible, images[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
