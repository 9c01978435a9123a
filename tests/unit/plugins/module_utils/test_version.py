"""The version in the User-Agent is galaxy.yml's."""

import json
import os

import yaml

from ansible_collections.privatelink.azure.plugins.module_utils._version import COLLECTION_VERSION, user_agent

COLLECTION_ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..")


def collection_version():
    """galaxy.yml's version in a checkout; MANIFEST.json's in a built or installed collection (which has no
    galaxy.yml)."""
    galaxy_yml = os.path.join(COLLECTION_ROOT, "galaxy.yml")
    if os.path.exists(galaxy_yml):
        with open(galaxy_yml) as handle:
            return yaml.safe_load(handle)["version"]
    with open(os.path.join(COLLECTION_ROOT, "MANIFEST.json")) as handle:
        return json.load(handle)["collection_info"]["version"]


def test_the_version_is_the_collection_s():
    assert COLLECTION_VERSION == collection_version()


def test_the_user_agent_names_the_collection_and_ansible_core():
    from ansible.module_utils.ansible_release import __version__

    assert user_agent() == "privatelink.azure/%s ansible-core/%s" % (COLLECTION_VERSION, __version__)
