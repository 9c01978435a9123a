# The filters are imported the way Ansible and ansible-test see them: as the collection privatelink.azure,
# which scripts/bootstrap exposes under .build/ansible_collections/.
import os
import sys

_BUILD = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", ".build")
if os.path.isdir(_BUILD) and os.path.abspath(_BUILD) not in sys.path:
    sys.path.insert(0, os.path.abspath(_BUILD))
