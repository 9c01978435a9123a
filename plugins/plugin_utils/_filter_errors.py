# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""What the filter plugins share: the plugin_utils functions they publish, with bad input raised the filter way.

plugin_utils raises its own errors (ValueError subclasses whose message says what to change: ``PolicyError``,
``ReportError``) and knows nothing of the filter layer; ``as_filters`` gives a filter plugin's ``filters()`` those
functions with such an error raised as AnsibleFilterError, the message unchanged, so a play fails with that message
and never a traceback.
"""

from __future__ import annotations

import functools

from ansible.errors import AnsibleFilterError


def as_filters(functions, errors):
    """{filter name: function} -> the same names, each function raising its `errors` as AnsibleFilterError."""
    return {name: _raising_filter_error(function, errors) for name, function in functions.items()}


def _raising_filter_error(function, errors):
    @functools.wraps(function)
    def filter_function(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except errors as exc:
            raise AnsibleFilterError(str(exc)) from exc
    return filter_function
