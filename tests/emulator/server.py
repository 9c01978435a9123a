"""HTTPS plumbing: a threaded http.server with TLS per connection, TCP_NODELAY and HTTP/1.1 keep-alive."""
import socket
import ssl
import sys
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .messages import Reply, Request

_QUIET_ERRORS = (ssl.SSLError, ConnectionError, TimeoutError, socket.timeout, OSError)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"     # keep-alive: every answer carries Content-Length
    server_version = "privatelink-azure-emulator"
    sys_version = ""
    timeout = 300                     # idle keep-alive connections are closed after this

    def setup(self):
        super().setup()
        # The TLS handshake runs here, in the connection's own thread, not in the accept loop.
        self.connection.do_handshake()

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_port}"
        request = Request.from_target(
            self.command, self.path, self.headers, body, f"https://{host}", self.client_address[0]
        )
        try:
            reply = self.server.emulator.dispatch(request)
        except Exception as exc:  # a bug in the emulator: say so in the answer and keep serving
            traceback.print_exc()
            reply = Reply(500, {"error": {"code": "InternalServerError", "message": f"emulator failure: {exc!r}"}})
        if reply.drop_connection:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        payload, content_type = reply.encoded_body()
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if content_type and not any(name.lower() == "content-type" for name in reply.headers):
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)
        if self.server.verbose:
            sys.stderr.write(f"{self.command} {self.path} -> {reply.status}\n")

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = do_HEAD = _serve

    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass   # the request log of the control API is the record; stderr stays readable


class EmulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, port, emulator, ssl_context, verbose=False):
        self.emulator = emulator
        self.ssl_context = ssl_context
        self.verbose = verbose
        super().__init__(("127.0.0.1", port), _Handler)

    def get_request(self):
        sock, address = self.socket.accept()
        # Without this, Nagle + delayed ACK add ~40 ms to every keep-alive request.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if isinstance(error, _QUIET_ERRORS):
            return   # clients hanging up or refusing the certificate are not the emulator's failures
        super().handle_error(request, client_address)
