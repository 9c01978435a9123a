#!/usr/bin/env python
"""Put community.general into <dir>/ansible_collections/community/general, from PyPI's `ansible` package.

examples/awx/nightly_drift_report.yml mails the reports with community.general.mail; its test and ansible-lint need
the collection. Galaxy is out of reach where CI runs, PyPI is not: the `ansible` package (the release matching
ansible-core 2.19 is ansible 12) ships community.general, and only that collection is taken from it.
Usage: python scripts/community_general.py DIR
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "ansible>=12,<13"  # community.general for ansible-core 2.19 (requirements-dev.txt)
PREFIX = "ansible_collections/community/general/"


def main(argv):
    if len(argv) != 1:
        raise SystemExit(__doc__)
    target = os.path.join(argv[0], "ansible_collections", "community", "general")
    with tempfile.TemporaryDirectory() as download:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--dest", download, PACKAGE], check=True)
        wheel = glob.glob(os.path.join(download, "ansible-*.whl"))[0]
        staging = target + ".partial"
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                if member.startswith(PREFIX) and not member.endswith("/"):
                    path = os.path.join(staging, member[len(PREFIX):])
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with archive.open(member) as source, open(path, "wb") as copy:
                        shutil.copyfileobj(source, copy)
    if not os.path.isfile(os.path.join(staging, "MANIFEST.json")):
        raise SystemExit("community_general: %s holds no community.general" % os.path.basename(wheel))
    shutil.rmtree(target, ignore_errors=True)
    os.replace(staging, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
