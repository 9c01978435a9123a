"""Paged list answers: `{"value": [...], "nextLink": ...}` with an opaque-looking $skiptoken."""
from urllib.parse import quote, urlencode

from .errors import ArmError


def _invalid(message):
    return ArmError(400, "InvalidQueryParameterValue", message)


def page(items, request, page_size, null_next_link=False):
    """One page of items for this request; nextLink repeats the query with the next $skiptoken.

    ``null_next_link``: the last page says `"nextLink": null` (what the newest api-versions' examples show)
    instead of leaving the key out.
    """
    skip_token = request.query_value("$skiptoken")
    try:
        offset = int(skip_token) if skip_token else 0
        top = request.query_value("$top")
        size = min(page_size, int(top)) if top else page_size
    except ValueError:
        raise _invalid("$skiptoken must be a value from a nextLink and $top a positive integer.") from None
    if offset < 0 or size < 1:
        raise _invalid("$skiptoken must be a value from a nextLink and $top a positive integer.")
    body = {"value": items[offset:offset + size]}
    if offset + size < len(items):
        query = {k: v for k, v in request.query.items() if k.lower() != "$skiptoken"}
        query["$skiptoken"] = str(offset + size)
        body["nextLink"] = f"{request.base_url}{quote(request.path)}?{urlencode(query)}"
    elif null_next_link:
        body["nextLink"] = None
    return body
