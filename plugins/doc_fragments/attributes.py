# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:
    """The ``attributes`` the collection's modules share, written once; a module keeps only its own."""

    # Every module of the action group privatelink.azure.pec (meta/runtime.yml).
    ACTIONGROUP_PEC = r"""
attributes:
  action_group:
    support: full
    membership: [privatelink.azure.pec]
    description: Use C(module_defaults) with C(group/privatelink.azure.pec) to set the auth options once.
"""

    # Modules that change one connection (azure_pec and the per-type modules).
    CONNECTION_CHANGES = r"""
attributes:
  check_mode:
    support: full
    description: Reads, decides and reports C(changed) exactly as a real run would, without writing.
  diff_mode:
    support: full
    description: Shows the connection's existence, status, description and actions required, before and after.
  idempotent:
    support: full
    description: A second run with the same options reads once, writes nothing and reports C(changed=false).
"""

    # Modules that only read Azure.
    READ_ONLY = r"""
attributes:
  check_mode:
    support: full
    description: Reads only; runs the same in check mode.
  diff_mode:
    support: none
    description: Changes nothing, so has nothing to show.
  idempotent:
    support: full
    description: Reads only and always reports C(changed=false).
"""
