"""Make this checkout importable as ansible_collections.privatelink.azure under plain pytest.

scripts/bootstrap links the repository root at .build/ansible_collections/privatelink/azure; ansible-test units
runs from a real ansible_collections tree and needs nothing of this.
"""

import os
import sys

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BUILD = os.path.join(REPO_ROOT, ".build")
if os.path.isdir(os.path.join(BUILD, "ansible_collections")) and BUILD not in sys.path:
    sys.path.insert(0, BUILD)
