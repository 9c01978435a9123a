"""The emulator's type table: one module per ARM namespace, each with ROWS (tests/emulator/row.py Service rows).

Key Vault, Managed HSM and Storage are written by hand from AZURE_BEHAVIOUR.md and the existing recordings; the
other rows were built from the research notes on each type (docs/emulator.md "The type table") and keep their
sources per fact. Adding a type: add its row to the module of its namespace (or a new module in this package).
"""

import importlib
import pkgutil

# Every module of this package, in name order: a new namespace module is found without being listed here.
MODULES = tuple(importlib.import_module("%s.%s" % (__name__, module.name))
                for module in sorted(pkgutil.iter_modules(__path__), key=lambda module: module.name))
ALL_ROWS = tuple(row for module in MODULES for row in module.ROWS)
