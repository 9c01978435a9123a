#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: pec_approval_plan
short_description: Read a scope once and decide per connection (the pec_approval role's first step)
version_added: 0.1.0
description:
  - Reads the whole scope once as M(privatelink.azure.azure_pec_scope_info) does, applies ordered rules to every
    connection read (first match wins, see the role's documentation) and checks the safety valve.
  - Where M(privatelink.azure.azure_pec_scope_info) would run on the controller, as the same user, in the
    controller's own Python (a local connection without become, and C(ansible_python_interpreter) the Python of
    ansible-playbook, as for the implicit localhost or C({{ ansible_playbook_python }})), this action does the
    module's work in its own process, with the same options, checks, task environment and requests, and spares a
    module process. Anywhere else (an interpreter left to discovery, ansible-playbook's Python started with C(-s),
    C(-E) or C(-I), a task environment setting C(PYTHON*) variables), or when the options are wrong (the module
    says what to change), the module runs. RV(read_by) says which.
  - The full plan, one decision per connection, is kept in a file of Ansible's temporary directory on the
    controller for M(privatelink.azure.pec_approval_reports); the task returns only the changes to make and
    counts, so that thousands of connections never pass through the play's variables.
  - Bad rules and a bad scope fail the task before any request. Parts of the scope that cannot be read do not
    fail it; they are returned in RV(errors) and end up in the report.
  - Used by the role C(privatelink.azure.pec_approval); an action plugin, run on the controller.
options:
  resources:
    description: Named resources, as for M(privatelink.azure.azure_pec_scope_info).
    type: list
    elements: raw
    default: []
  resource_groups:
    description: Whole resource groups, as for M(privatelink.azure.azure_pec_scope_info).
    type: list
    elements: raw
    default: []
  subscriptions:
    description: Whole subscriptions, as for M(privatelink.azure.azure_pec_scope_info).
    type: list
    elements: str
    default: []
  resource_types:
    description: Types read in groups and subscriptions, as for M(privatelink.azure.azure_pec_scope_info).
    type: list
    elements: str
  exclude_subscriptions:
    description: Subscriptions left out, as for M(privatelink.azure.azure_pec_scope_info).
    type: list
    elements: str
    default: []
  discovery:
    description: How the scope is read, as for M(privatelink.azure.azure_pec_scope_info).
    type: str
    choices: [auto, resource_graph, arm]
    default: auto
  parallelism:
    description: How many reads run at the same time.
    type: int
    default: 8
  timeout:
    description: Seconds the whole read may take, retries included.
    type: int
    default: 120
  rules:
    description: The role's C(pec_approval_rules), ordered; validated before anything is read.
    type: list
    elements: dict
    default: []
  max_destructive_changes:
    description: The safety valve; more planned rejections and removals than this block every change.
    type: int
    default: 3
extends_documentation_fragment:
  - privatelink.azure.auth
  - privatelink.azure.attributes.ACTIONGROUP_PEC
attributes:
  check_mode:
    support: full
    description: Reads only; the same in check mode.
  diff_mode:
    support: none
    description: Changes nothing.
  action:
    support: full
    description: Runs on the controller; the reads run in one process, its own or azure_pec_scope_info's (RV(read_by)).
seealso:
  - module: privatelink.azure.azure_pec_scope_info
  - module: privatelink.azure.pec_approval_reports
  - module: privatelink.azure.azure_pec_batch
author:
  - privatelink.azure maintainers (@privatelink-azure)
"""

EXAMPLES = r"""
- name: Read the scope and decide
  privatelink.azure.pec_approval_plan:
    subscriptions: [00000000-0000-0000-0000-000000000000]
    rules:
      - {name: spokes, match: {private_endpoint_subscription_id: 33333333-*}, action: approve}
  register: plan

- name: Apply the changes
  privatelink.azure.azure_pec_batch:
    changes: "{{ plan.changes }}"
    fail_on_item_error: false
  when: plan.changes | length > 0 and not ansible_check_mode
  register: batch

- name: Write the reports
  privatelink.azure.pec_approval_reports:
    plan_file: "{{ plan.plan_file }}"
    batch: "{{ batch if batch is not skipped else omit }}"
    dir: /tmp/reports
"""

RETURN = r"""
plan_file:
  description: Path of the plan (JSON) on the controller, for M(privatelink.azure.pec_approval_reports), which removes it.
  returned: success
  type: str
changes:
  description: The changes to make, in the shape M(privatelink.azure.azure_pec_batch) takes; empty when the safety
    valve tripped.
  returned: success
  type: list
  elements: dict
connections:
  description: How many connections were read and decided.
  returned: success
  type: int
resources:
  description: How many resources were read.
  returned: success
  type: int
safety_valve:
  description: C(limit), C(destructive_changes), C(tripped) and up to five C(examples).
  returned: success
  type: dict
errors:
  description: Parts of the scope that could not be read, as M(privatelink.azure.azure_pec_scope_info) returns them.
  returned: success
  type: list
  elements: dict
reads:
  description: The reads sent, as M(privatelink.azure.azure_pec_scope_info) returns them.
  returned: success
  type: list
  elements: dict
discovery:
  description: How the scope was read, as M(privatelink.azure.azure_pec_scope_info) returns it.
  returned: success
  type: dict
read_by:
  description:
    - C(controller) when this action read the scope in its own process, C(module) when
      M(privatelink.azure.azure_pec_scope_info) ran (with C(-vvv), the output says why).
  returned: success
  type: str
  sample: controller
timing:
  description:
    - This step's wall time (C(seconds)), the CPU time of the process that ran it (C(cpu_seconds), the read
      included when RV(read_by) is C(controller), not the module's process when it is C(module)), and the wall
      time of its C(steps) - C(read) (the read, the reader module's result included when it ran), C(decide),
      C(save).
  returned: success
  type: dict
  sample: {seconds: 3.1, cpu_seconds: 1.2, steps: {read: 2.4, decide: 0.5, save: 0.2}}
"""
