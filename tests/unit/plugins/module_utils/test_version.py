"""The version in the User-Agent is galaxy.yml's."""

import os

import yaml

from ansible_collections.privatelink.azure.plugins.module_utils._version import COLLECTION_VERSION, user_agent

GALAXY_YML = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "galaxy.yml")


def test_the_version_is_galaxy_yml_s():
    with open(GALAXY_YML) as handle:
        assert COLLECTION_VERSION == yaml.safe_load(handle)["version"]


def test_the_user_agent_names_the_collection_and_ansible_core():
    from ansible.module_utils.ansible_release import __version__

    assert user_agent() == "privatelink.azure/%s ansible-core/%s" % (COLLECTION_VERSION, __version__)
