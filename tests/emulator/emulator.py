"""The emulator as one object: state, settings, faults, request log, and the dispatch of each request."""
import os
import secrets
import time
import uuid

from .access_tokens import TokenIssuer
from .apiversions import ApiVersions
from .arm import Arm
from .arm_auth import ArmAuthenticator
from .control_api import PREFIX as CONTROL_PREFIX
from .control_api import ControlApi
from .entra import Entra
from .faults import Faults
from . import graph
from .managed_identity import MSI_PATH, ManagedIdentityEndpoint
from .messages import Reply
from .ratelimits import Budgets
from .requestlog import RequestLog
from .seed import build_store, dump_state, schedule_loaded_operations

METADATA_PATH = "/metadata/endpoints"


_WRITES = ("PUT", "PATCH", "POST", "DELETE")


class Emulator:
    def __init__(self, seed_document, settings, ca_file):
        self.settings = settings
        self.ca_file = ca_file
        self.store = build_store(seed_document)
        schedule_loaded_operations(self.store, settings, time.monotonic())
        self.faults = Faults()
        self.log = RequestLog()
        self.identity_header = secrets.token_urlsafe(24)
        self.base_url = None        # known once the socket is bound
        self._issuer = TokenIssuer(self.store.tenant_id)
        self.budgets = Budgets(settings)
        self._control = ControlApi(self)
        self._entra = Entra(lambda: self.store, self._issuer, settings)
        self._msi = ManagedIdentityEndpoint(lambda: self.store, self._issuer, settings, self.identity_header)
        self._authenticator = ArmAuthenticator(self._issuer, "https://127.0.0.1")
        self._arm = Arm(lambda: self.store, settings, self._authenticator, ApiVersions(), self.budgets)
        self._graph = graph.ResourceGraph(lambda: self.store, settings, self._authenticator, ApiVersions())

    def bound(self, port):
        self.base_url = f"https://127.0.0.1:{port}"
        self._authenticator.audiences += (self.base_url, f"https://localhost:{port}")

    def ready_info(self):
        principal = self.store.principals[0]
        return {
            "arm_url": self.base_url,
            "authority": self.base_url,
            "tenant_id": self.store.tenant_id,
            "client_id": principal.client_id,
            "client_secret": principal.client_secret,
            "subscription_id": self.store.subscription_id,
            "ca_file": self.ca_file,
            "control_url": f"{self.base_url}{CONTROL_PREFIX}",
            "identity_endpoint": f"{self.base_url}{MSI_PATH}",
            "identity_header": self.identity_header,
            "port": int(self.base_url.rsplit(":", 1)[1]),
            "pid": os.getpid(),
        }

    def dump_state(self):
        store = self.store
        with store.lock:
            store.settle()
            return dump_state(store)

    def replace_state(self, document):
        store = build_store(document)
        schedule_loaded_operations(store, self.settings, time.monotonic())
        self._graph.history.before_change(self.store, self.settings.graph_lag_seconds)
        self._graph.quota.reset()   # a new world: its users start with their whole Resource Graph quota
        with self.store.lock:
            self.store = store
            self._issuer.tenant_id = store.tenant_id
        self.budgets.refill()   # a new world: its callers start with full request budgets

    # --- one request --------------------------------------------------------------------------------------------
    def _kind(self, path):
        if path.rstrip("/").lower() == MSI_PATH:
            return "msi"
        if path.rstrip("/").lower() == METADATA_PATH:
            return "metadata"
        return Entra.kind_of(path) or "arm"

    def dispatch(self, request):
        if request.path == CONTROL_PREFIX or request.path.startswith(CONTROL_PREFIX + "/"):
            return self._control.handle(request)
        started = time.monotonic()
        kind = self._kind(request.path)
        fault = self.faults.take(request.method, request.path)
        if fault and fault["delay_ms"]:
            time.sleep(fault["delay_ms"] / 1000)
        if self.settings.latency_ms:
            time.sleep(self.settings.latency_ms / 1000)
        request.fail_change = bool(fault and fault["action"] == "fail")
        if fault and fault["action"] == "drop":
            reply = Reply(0, drop_connection=True)
        elif fault and fault["action"] == "respond":
            reply = Reply(fault["status"], fault["body"], dict(fault["headers"]))
        elif kind == "msi":
            reply = self._msi.handle(request)
        elif kind == "arm" and graph.serves(request.path):
            reply = self._graph.handle(request)
        elif kind == "metadata":
            reply = self._cloud_metadata(request)
        elif kind == "arm":
            if request.method in _WRITES:
                # What Resource Graph may still show after this change (its lag, graph_rows.GraphHistory).
                self._graph.history.before_change(self.store, self.settings.graph_lag_seconds)
            reply = self._arm.handle(request)
        else:
            reply = self._entra.handle(request)
        self._add_common_headers(request, kind, reply)
        self.log.record(kind, request.method, request.path, request.api_version, reply.status,
                        (time.monotonic() - started) * 1000, fault["id"] if fault else None,
                        request.header("User-Agent"))
        return reply

    def _cloud_metadata(self, request):
        """Azure Stack Hub's cloud metadata (what `cloud_environment: <ARM URL>` reads; api-version 2015-01-01):
        this emulator is both the Resource Manager and the authority, and its own audience."""
        if request.method != "GET":
            return Reply(405, {"error": {"code": "MethodNotAllowed", "message": "GET only"}})
        # An AD FS stamp (tenant adfs) publishes its authority with AD FS's path, https://adfs.<fqdn>/adfs (our
        # inference, from the Azure CLI's handling of Azure Stack; entra.py serves that AD FS).
        login = request.base_url + ("/adfs" if self.store.tenant_id.lower() == "adfs" else "/")
        return Reply(200, {
            "galleryEndpoint": request.base_url + "/",
            "graphEndpoint": request.base_url + "/",
            "portalEndpoint": request.base_url + "/",
            "authentication": {"loginEndpoint": login, "audiences": [request.base_url + "/"]},
        })

    def _add_common_headers(self, request, kind, reply):
        headers = reply.headers
        request_id = str(uuid.uuid4())
        headers.setdefault("x-ms-request-id", request_id)
        headers.setdefault("x-ms-correlation-request-id", request.header("x-ms-correlation-request-id") or request_id)
        if request.header("x-ms-client-request-id"):
            headers.setdefault("x-ms-client-request-id", request.header("x-ms-client-request-id"))
