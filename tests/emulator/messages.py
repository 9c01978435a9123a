"""The request and reply objects the route handlers see, independent of http.server."""
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl


@dataclass
class Request:
    method: str
    path: str                 # percent-decoded, no query string
    query: dict               # first value of each parameter, names as sent
    headers: object           # case-insensitive mapping (http.client.HTTPMessage)
    body: bytes
    base_url: str             # https://host:port as the client addressed us
    client_ip: str = "127.0.0.1"
    fail_change: bool = False   # a `fail` fault matched: the change this request starts ends provisioningState Failed

    @classmethod
    def from_target(cls, method, target, headers, body, base_url, client_ip):
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(target)
        query = {}
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            query.setdefault(name, value)
        return cls(method.upper(), unquote(parts.path), query, headers, body, base_url, client_ip)

    def query_value(self, name):
        """A query parameter looked up case-insensitively (ARM treats `API-Version` like `api-version`)."""
        wanted = name.lower()
        for key, value in self.query.items():
            if key.lower() == wanted:
                return value
        return None

    @property
    def api_version(self):
        return self.query_value("api-version")

    def header(self, name, default=None):
        return self.headers.get(name, default)

    def json(self):
        """The body as JSON; None when empty. Raises ValueError with a readable message when malformed."""
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"the request body is not valid JSON: {exc}") from None

    def form(self):
        return dict(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))


@dataclass
class Reply:
    status: int
    body: object = None       # dict/list -> JSON, bytes/str -> as is, None -> empty
    headers: dict = field(default_factory=dict)
    drop_connection: bool = False   # a fault: close the socket without answering

    def encoded_body(self):
        if self.body is None:
            return b"", None
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("Content-Type", "application/octet-stream")
        if isinstance(self.body, str):
            return self.body.encode(), self.headers.get("Content-Type", "text/plain; charset=utf-8")
        return json.dumps(self.body).encode(), "application/json; charset=utf-8"


def json_reply(status, body, **headers):
    return Reply(status, body, dict(headers))
