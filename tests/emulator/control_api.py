"""The control API under /_emulator (design.md): state, settings, faults and the request log. Never logged."""
from .faults import FaultError
from .messages import Reply
from .ratelimits import BudgetError
from .seed import SeedError
from .settings import SettingsError

PREFIX = "/_emulator"


def _error(status, message):
    return Reply(status, {"error": {"code": "InvalidControlRequest", "message": message}})


class ControlApi:
    def __init__(self, emulator):
        self._emulator = emulator

    def handle(self, request):
        if not request.client_ip.startswith("127."):
            return _error(403, "the control API only answers loopback clients")
        route = request.path[len(PREFIX):].strip("/").lower()
        handler = getattr(self, f"_{route}_{request.method.lower()}", None) if route.isalpha() else None
        if handler is None:
            return _error(404, f"no control call {request.method} {request.path}; see docs/emulator.md")
        try:
            return handler(request)
        except ValueError as exc:   # SeedError, SettingsError, FaultError and malformed JSON
            return _error(400, str(exc))

    def _info_get(self, request):
        return Reply(200, self._emulator.ready_info())

    def _state_get(self, request):
        return Reply(200, self._emulator.dump_state())

    def _state_put(self, request):
        document = request.json()
        if document is None:
            raise SeedError("PUT /_emulator/state needs a seed document as its JSON body")
        self._emulator.replace_state(document)
        return Reply(200, self._emulator.dump_state())

    def _settings_get(self, request):
        return Reply(200, self._emulator.settings.as_dict())

    def _settings_put(self, request):
        changes = request.json()
        if changes is None:
            raise SettingsError("PUT /_emulator/settings needs a JSON object of settings to change")
        return Reply(200, self._emulator.settings.update(changes))

    def _faults_post(self, request):
        spec = request.json()
        if spec is None:
            raise FaultError("POST /_emulator/faults needs a fault as its JSON body")
        return Reply(201, {"id": self._emulator.faults.add(spec)})

    def _faults_get(self, request):
        return Reply(200, self._emulator.faults.list())

    def _faults_delete(self, request):
        self._emulator.faults.clear()
        return Reply(200, [])

    def _budgets_get(self, request):
        return Reply(200, self._emulator.budgets.levels())

    def _budgets_delete(self, request):
        self._emulator.budgets.refill()
        return Reply(200, self._emulator.budgets.levels())

    def _budgets_put(self, request):
        body = request.json()
        if not isinstance(body, dict) or set(body) != {"limits"}:
            raise BudgetError("PUT /_emulator/budgets needs {\"limits\": {bucket: {capacity, per_second}}}")
        self._emulator.budgets.configure(body["limits"])
        return Reply(200, self._emulator.budgets.levels())

    def _drain_post(self, request):
        spec = request.json()
        if not isinstance(spec, dict):
            raise BudgetError("POST /_emulator/drain needs {\"bucket\", \"subscription_id\", \"client_id\"?, "
                              "\"tokens\"?} as its JSON body")
        unknown = set(spec) - {"bucket", "subscription_id", "client_id", "tokens"}
        if unknown:
            raise BudgetError(f"unknown drain field(s): {', '.join(sorted(unknown))}")
        left = self._emulator.budgets.drain(spec.get("bucket"), spec.get("subscription_id"),
                                            spec.get("client_id") or "", spec.get("tokens"))
        return Reply(200, {"tokens": left})

    def _requests_get(self, request):
        return Reply(200, self._emulator.log.entries(kind=request.query_value("kind")))

    def _requests_delete(self, request):
        self._emulator.log.clear()
        return Reply(200, [])
