"""Azure Resource Graph: POST /providers/Microsoft.ResourceGraph/resources over the emulator's own state.

What it does, as Resource Graph does (AZURE_BEHAVIOUR.md "Budgets", the REST specification's examples):
- the body `{"query", "subscriptions"?, "options": {"$top", "$skip", "$skipToken", "resultFormat"}}`; at most 1,000
  subscriptions per request; without `subscriptions`, every subscription the caller can see;
- answers `{"totalRecords", "count", "resultTruncated", "facets", "data": [...], "$skipToken"?}`, 1,000 rows a page
  at most (`$top`), the next page asked for with the `$skipToken` of the last answer;
- a user quota of `graph_quota` queries (15) per `graph_quota_window_seconds` (5) per identity, told in
  `x-ms-user-quota-remaining` and `x-ms-user-quota-resets-after` (hh:mm:ss) on every answer; past it, 429
  `RateLimiting` with the same headers (no Retry-After: Resource Graph's guidance names the quota headers; our
  inference from it);
- the caller sees only the resources it may read (the read action of the resource's type on its id, by its role
  assignments and minus its `denied_resources`, rbac.py), as an ARM list does; nothing in the answer says which
  were left out;
- queries outside the subset of KQL in `kql.py` are refused with Resource Graph's error shape: 400 `BadRequest`
  with `details` `InvalidQuery` and the parser's detail (our inference of the detail codes beyond `InvalidQuery`);
- eventually consistent on demand: `graph_lag_seconds` (graph_rows.GraphHistory).
"""
import base64
import datetime
import json
import threading
import time
import uuid

from . import errors, kql
from .rbac import allows
from .graph_rows import GraphHistory
from .messages import Reply

PATH = "/providers/microsoft.resourcegraph/resources"
FAMILY = "resourcegraph"
MAX_ROWS_PER_PAGE = 1000
MAX_SUBSCRIPTIONS = 1000


def serves(path):
    return path.rstrip("/").lower() == PATH


def _support_text():
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return f"Please provide below info when asking for support: timestamp = {now}, correlationId = {uuid.uuid4()}."


class GraphError(errors.ArmError):
    """Resource Graph's error shape: {"error": {"code", "message", "details": [{"code", "message", ...}]}}."""

    def __init__(self, status, code, details, headers=None):
        super().__init__(status, code, _support_text(), headers)
        self.details = details

    def reply(self):
        body = {"error": {"code": self.code, "message": self.message, "details": self.details}}
        return Reply(self.status, body, dict(self.headers))


def bad_query(problem):
    detail = {"code": problem.code, "message": problem.message}
    if problem.position is not None:
        detail.update(line=1, characterPositionInLine=problem.position, token=problem.token or "")
    return GraphError(400, "BadRequest", [
        {"code": "InvalidQuery", "message": "Query is invalid. Please refer to the documentation for the Azure "
                                            "Resource Graph service and fix the error before retrying."},
        detail])


def bad_request(message):
    return GraphError(400, "BadRequest", [{"code": "InvalidRequestContent", "message": message}])


def _clock_text(seconds):
    seconds = max(0, int(round(seconds)))
    return "%02d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)


class UserQuota:
    """Queries per identity in fixed windows; ``take`` -> (allowed, remaining, seconds until the window resets)."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._windows = {}   # identity key -> (start, used)

    def take(self, key, quota, window_seconds):
        now = self._clock()
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now - start >= window_seconds:
                start, used = now, 0
            allowed = used < quota
            if allowed:
                used += 1
            self._windows[key] = (start, used)
            return allowed, max(0, quota - used), max(0.0, window_seconds - (now - start))

    def reset(self):
        with self._lock:
            self._windows.clear()


def _skip_token(offset):
    return base64.b64encode(json.dumps({"$skip": offset}).encode()).decode()


def _offset_of(token):
    try:
        offset = json.loads(base64.b64decode(token.encode(), validate=True))["$skip"]
    except (ValueError, TypeError, KeyError):
        raise bad_request("The $skipToken is not one this service gave out.") from None
    if not isinstance(offset, int) or offset < 0:
        raise bad_request("The $skipToken is not one this service gave out.")
    return offset


def _options(body):
    options = body.get("options") or {}
    if not isinstance(options, dict):
        raise bad_request("options must be an object.")
    result_format = options.get("resultFormat", "objectArray")
    if str(result_format).lower() != "objectarray":
        raise bad_request("The emulator answers resultFormat 'objectArray' only.")
    try:
        top = int(options.get("$top", MAX_ROWS_PER_PAGE))
        skip = int(options.get("$skip", 0))
    except (TypeError, ValueError):
        raise bad_request("$top and $skip must be integers.") from None
    if not 1 <= top <= MAX_ROWS_PER_PAGE or skip < 0:
        raise bad_request(f"$top must be between 1 and {MAX_ROWS_PER_PAGE} and $skip at least 0.")
    token = options.get("$skipToken")
    return top, (_offset_of(str(token)) if token else skip)


class ResourceGraph:
    """The route: the token (ARM's authenticator), the api-version, the user quota, then the query.

    Separate from ``arm.Arm`` on purpose: Resource Graph's budget is its own per-user quota, not ARM's
    per-subscription request buckets.
    """

    def __init__(self, store_holder, settings, authenticator, api_versions, history=None, quota=None):
        self._store_holder = store_holder
        self._settings = settings
        self._authenticator = authenticator
        self._api_versions = api_versions
        self.history = history or GraphHistory()
        self.quota = quota or UserQuota()

    def handle(self, request):
        """The answer to one request, errors included (in Resource Graph's shape, or ARM's for a bad token)."""
        try:
            return self._query(request)
        except errors.ArmError as error:
            return error.reply()

    def _query(self, request):
        store = self._store_holder()
        identity = self._authenticator.authenticate(request, store)
        if request.method != "POST":
            raise errors.method_not_allowed(request.method)
        if not request.api_version:
            raise errors.missing_api_version()
        supported = self._api_versions.supported(FAMILY)
        if request.api_version not in supported:
            raise errors.invalid_api_version(request.api_version, sorted(supported, reverse=True))
        allowed, remaining, resets = self.quota.take(
            identity.client_id.lower(), self._settings.graph_quota, self._settings.graph_quota_window_seconds)
        quota_headers = {"x-ms-user-quota-remaining": str(remaining),
                         "x-ms-user-quota-resets-after": _clock_text(resets)}
        if not allowed:
            raise GraphError(429, "RateLimiting", [{
                "code": "RateLimiting",
                "message": "Client application has been throttled and should not attempt to repeat the request "
                           "until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling "
                           "for help."}], quota_headers)
        try:
            return Reply(200, self._answer(request, store, identity), quota_headers)
        except errors.ArmError as error:
            error.headers.update(quota_headers)
            raise

    def _answer(self, request, store, identity):
        try:
            body = request.json()
        except ValueError as exc:
            raise bad_request(str(exc)) from None
        if not isinstance(body, dict):
            raise bad_request("The request body must be a JSON object with a query.")
        if body.get("managementGroups"):
            raise bad_request("The emulator answers queries over subscriptions only, not management groups.")
        subscriptions = body.get("subscriptions")
        if subscriptions is not None and (not isinstance(subscriptions, list)
                                          or not all(isinstance(s, str) for s in subscriptions)):
            raise bad_request("subscriptions must be a list of subscription ids.")
        if subscriptions is not None and len(subscriptions) > MAX_SUBSCRIPTIONS:
            raise bad_request(f"A query takes at most {MAX_SUBSCRIPTIONS} subscriptions, not {len(subscriptions)}.")
        top, offset = _options(body)
        try:
            operators = kql.parse(body.get("query"))
        except kql.KqlError as problem:
            raise bad_query(problem) from None
        with store.lock:
            store.settle()
            rows = self.history.rows(store, self._settings.graph_lag_seconds)
            rows = self._visible(rows, identity, subscriptions)
        try:
            result = kql.run(operators, rows)
        except kql.KqlError as problem:
            raise bad_query(problem) from None
        data = result[offset:offset + top]
        answer = {"totalRecords": len(result), "count": len(data), "resultTruncated": "false", "facets": [],
                  "data": data}
        if offset + top < len(result):
            answer["$skipToken"] = _skip_token(offset + top)
        return answer

    @staticmethod
    def _visible(rows, identity, subscriptions):
        wanted = None if subscriptions is None else {s.lower() for s in subscriptions}
        return [row for row in rows
                if (wanted is None or row["subscriptionId"].lower() in wanted)
                and allows(identity, row["id"], row["type"] + "/read")]
