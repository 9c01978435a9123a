"""Headless Chromium (the Debian package) driven over the Chrome DevTools Protocol, with websocket-client.

No browser download, no driver: Chromium is started with a new empty profile and a DevTools port of its choice
(read back from the profile's DevToolsActivePort file), and one page is driven through its WebSocket.
"""

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows")
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def find_chromium():
    """The Chromium executable, or None (PRIVATELINK_CHROMIUM overrides the search)."""
    for path in (os.environ.get("PRIVATELINK_CHROMIUM"),) + CANDIDATES:
        if path and os.access(path, os.X_OK):
            return path
    return shutil.which("chromium")


class CdpError(RuntimeError):
    pass


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, executable, width=1280, height=900, timeout=60):
        self.executable = executable
        self.width, self.height, self.timeout = width, height, timeout
        self.profile = None
        self.process = None
        self.socket = None
        self.ids = itertools.count(1)
        self.events = []

    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix="pec-chromium-")
        self.process = subprocess.Popen(
            [self.executable, *FLAGS, "--user-data-dir=%s" % self.profile, "--remote-debugging-port=0",
             "--remote-debugging-address=127.0.0.1", "--window-size=%d,%d" % (self.width, self.height),
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._devtools_port()
        with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=10) as answer:
            pages = [t for t in json.load(answer) if t.get("type") == "page"]
        if not pages:
            raise CdpError("Chromium started without a page")
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=self.timeout,
                                                  suppress_origin=True)
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                  deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc):
        if self.socket is not None:
            self.socket.close()
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)

    def _devtools_port(self):
        marker = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CdpError("Chromium exited at start (status %s)" % self.process.returncode)
            if os.path.exists(marker):
                with open(marker) as handle:
                    first = handle.readline().strip()
                if first.isdigit():
                    return int(first)
            time.sleep(0.05)
        raise CdpError("Chromium did not open its DevTools port within %d s" % self.timeout)

    def call(self, method, **params):
        """Send one command and return its result; events that arrive meanwhile are kept in self.events."""
        number = next(self.ids)
        self.socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == number:
                if "error" in message:
                    raise CdpError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_event(self, method):
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == method:
                return message
            self.events.append(message)

    def open(self, path):
        """Load a local file and wait for its load event and the first frame after it; returns the seconds."""
        self.events.clear()
        started = time.perf_counter()
        self.call("Page.navigate", url="file://" + os.path.abspath(path))
        self.wait_event("Page.loadEventFired")
        self.evaluate("new Promise(function (done) { requestAnimationFrame(function () {"
                      " requestAnimationFrame(function () { done(true); }); }); })")
        return time.perf_counter() - started

    def evaluate(self, expression):
        """The value of a JavaScript expression in the page (promises are awaited); page exceptions raise."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise CdpError("page error: %s" % json.dumps(result["exceptionDetails"])[:800])
        return result["result"].get("value")

    def console_messages(self):
        return [e["params"] for e in self.events if e.get("method") == "Runtime.consoleAPICalled"]

    def screenshot(self, path, max_height=None, scale=1):
        """A PNG of the page's top: the viewport, or down to max_height CSS pixels (drawn at `scale`)."""
        params = {"format": "png"}
        if max_height:
            height = min(self.evaluate("document.documentElement.scrollHeight"), max_height)
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": height, "scale": scale}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
        return path
