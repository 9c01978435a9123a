# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""The collection's version and the User-Agent every request to Azure carries.

Modules run as AnsiballZ payloads that hold only Python module_utils, not galaxy.yml: the version is repeated here
and a unit test (tests/unit/plugins/module_utils/test_version.py) keeps it equal to galaxy.yml's.
"""

from __future__ import annotations

COLLECTION_VERSION = "0.1.0"


def user_agent():
    """`privatelink.azure/<version> ansible-core/<version>`, added to azure-core's own User-Agent (the SDK's)."""
    try:
        from ansible.module_utils.ansible_release import __version__ as ansible_version
    except ImportError:  # the event source may run without ansible-core next to it
        ansible_version = "unknown"
    return "privatelink.azure/%s ansible-core/%s" % (COLLECTION_VERSION, ansible_version)
