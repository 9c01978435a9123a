#!/usr/bin/env python
"""Run ansible-test on this checkout on a machine that reaches only the Python package registry.

ansible-test refuses to run unless the collection really lives in ``.../ansible_collections/<ns>/<name>/``
(a symlink such as ``.build/`` is not accepted), and before it builds each sanity virtualenv it downloads a
get-pip script from a host that is not reachable here. So this script:

1. copies the files git knows about (tracked, plus untracked ones that are not ignored) into a scratch
   ``ansible_collections/privatelink/azure/`` directory -- no ``.venv``, ``.build`` or ``tests/output``;
2. puts a stand-in for the get-pip script in ansible-test's cache, backed by a pip wheel from the registry;
3. runs ``ansible-test ARGS...`` there and copies its ``tests/output/`` back into the checkout (or into
   ``--output-dir DIR``, so that concurrent runs do not mix their junit files).

Usage: python scripts/ansible_test_offline.py [--output-dir DIR] sanity --python 3.11 [more ansible-test options]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

REPO_ROOT = Path(__file__).resolve().parent.parent
NAMESPACE, NAME = "privatelink", "azure"
CACHE_DIR = Path.home() / ".ansible" / "test" / "cache"

# Never copied into the scratch collection, even when git is not available to tell what is ignored.
EXCLUDED_TOP_LEVEL = {".git", ".venv", ".build", ".pytest_cache", "reports"}
EXCLUDED_PATHS = {"tests/output", "benchmarks/results"}

GET_PIP_STAND_IN = '''\
"""Stand-in for the get-pip script ansible-test would download: run pip from the wheel beside this file."""
import glob
import os
import sys

sys.path.insert(0, glob.glob(os.path.join(os.path.dirname(__file__), "pip-{version}-*.whl"))[0])
from pip._internal.cli.main import main  # noqa: E402 pylint: disable=wrong-import-position

# get-pip understands these two flags, pip install does not.
sys.exit(main(["install"] + [arg for arg in sys.argv[1:] if arg not in ("--no-setuptools", "--no-wheel")]))
'''


def pip_version_ansible_test_wants():
    """The pip version ansible-test bootstraps into its virtualenvs (it names the get-pip script after it)."""
    from ansible_test._internal.python_requirements import get_venv_packages  # pylint: disable=import-outside-toplevel

    python_version = "%d.%d" % sys.version_info[:2]
    return get_venv_packages(SimpleNamespace(version=python_version))["pip"]


def prepare_get_pip_cache():
    """Put the get-pip stand-in and the pip wheel it runs where ansible-test looks before downloading."""
    version = pip_version_ansible_test_wants()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    if not list(CACHE_DIR.glob("pip-%s-*.whl" % version)):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
             "--only-binary", ":all:", "--dest", str(CACHE_DIR), "pip==%s" % version],
            check=True,
        )
    script = CACHE_DIR / ("get_pip_%s.py" % version.replace(".", "_"))
    wanted = GET_PIP_STAND_IN.format(version=version)
    if not script.exists() or script.read_text(encoding="utf-8") != wanted:
        script.write_text(wanted, encoding="utf-8")


def collection_files():
    """Relative paths of the files that make up the collection as git sees it (or everything, without git)."""
    try:
        listing = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO_ROOT, check=True, capture_output=True,
        ).stdout.decode("utf-8").split("\0")
    except (OSError, subprocess.CalledProcessError):
        listing = [str(path.relative_to(REPO_ROOT)) for path in REPO_ROOT.rglob("*") if not path.is_dir()]
    return sorted(path for path in listing if path and wanted_in_copy(path))


def wanted_in_copy(relative_path):
    """Leave out tool state and anything deleted from the work tree but still in git's index."""
    parts = relative_path.split("/")
    if parts[0] in EXCLUDED_TOP_LEVEL or "__pycache__" in parts:
        return False
    if any(relative_path == path or relative_path.startswith(path + "/") for path in EXCLUDED_PATHS):
        return False
    return os.path.lexists(REPO_ROOT / relative_path)


def copy_collection(destination):
    """Copy the collection's files, keeping symlinks as symlinks and file modes (shebang test reads them)."""
    for relative_path in collection_files():
        source = REPO_ROOT / relative_path
        target = destination / relative_path
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)


def copy_output_back(collection_dir, destination):
    """Keep ansible-test's results (junit, bot json, coverage), by default in the git-ignored tests/output/.

    Its .tmp/ (delegation virtualenvs, full of symlinks) is scratch space and stays behind.
    """
    output = collection_dir / "tests" / "output"
    if output.is_dir():
        shutil.copytree(output, destination, dirs_exist_ok=True,
                        ignore=lambda directory, names: [".tmp"] if Path(directory) == output else [])


def ansible_test_command():
    """ansible-test from the same environment as this Python (the project venv)."""
    beside_python = Path(sys.executable).parent / "ansible-test"
    return [str(beside_python)] if beside_python.exists() else ["ansible-test"]


def main(argv):
    output_dir = REPO_ROOT / "tests" / "output"
    if argv[:1] == ["--output-dir"] and len(argv) > 1:
        output_dir, argv = Path(argv[1]).resolve(), argv[2:]
    if not argv:
        sys.exit("usage: %s [--output-dir DIR] sanity|units|... [ansible-test options], e.g. sanity --python 3.11"
                 % sys.argv[0])
    prepare_get_pip_cache()
    with tempfile.TemporaryDirectory(prefix="privatelink-azure-ansible-test-") as scratch:
        collection_dir = Path(scratch) / "ansible_collections" / NAMESPACE / NAME
        copy_collection(collection_dir)
        env = dict(os.environ)
        # ansible-test looks for "python3.11" on PATH: make that the project venv's interpreter, which has
        # the collection's runtime requirements and the unit-test requirements.
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
        env.pop("ANSIBLE_COLLECTIONS_PATH", None)
        env.pop("ANSIBLE_CONFIG", None)
        try:
            result = subprocess.run(ansible_test_command() + list(argv), cwd=collection_dir, env=env, check=False)
        finally:
            copy_output_back(collection_dir, output_dir)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
