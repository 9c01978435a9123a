"""Start the emulator as a subprocess for tests, demos and benchmarks, and stop it cleanly afterwards.

    with running_emulator(seed="tests/emulator/fleets/demo.yml", lro_seconds=1.0) as emu:
        emu.arm_url, emu.ca_file, emu.control.writes(), emu.module_env()
"""
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading

from .control import Control

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROFILE_VARIABLE = "PRIVATELINK_EMULATOR_PROFILE"


class EmulatorStartError(RuntimeError):
    pass


class RunningEmulator:
    def __init__(self, info, process):
        self.info = info
        self.process = process
        self.control = Control(info["control_url"], info["ca_file"])

    def __getattr__(self, name):
        # emu.arm_url, emu.ca_file, emu.subscription_id, ... are the ready line's fields
        try:
            return self.info[name]
        except KeyError:
            raise AttributeError(name) from None

    def module_env(self):
        """Environment variables that point the collection's modules (and azure-identity) at this emulator."""
        return module_env(self.info)

    def export_module_env(self, monkeypatch):
        """Set module_env() in this test process's environment (undone by pytest's monkeypatch at the test's end),
        for collection code run in-process: the scope reader, the event source, azure_session."""
        for name, value in self.module_env().items():
            monkeypatch.setenv(name, value)


def module_env(info):
    """The environment variables that point the collection's modules at the emulator of this ready line."""
    env = {
        "AZURE_SUBSCRIPTION_ID": info["subscription_id"],
        "AZURE_TENANT_ID": info["tenant_id"],
        "AZURE_CLIENT_ID": info["client_id"],
        "AZURE_AUTHORITY_HOST": info["authority"],
        "AZURE_RESOURCE_MANAGER_ENDPOINT": info["arm_url"],
        "REQUESTS_CA_BUNDLE": info["ca_file"],
        "PRIVATELINK_AZURE_CA_BUNDLE": info["ca_file"],
    }
    if info.get("client_secret"):
        env["AZURE_CLIENT_SECRET"] = info["client_secret"]
    return env


def _read_ready_line(process, timeout):
    result = {}

    def read():
        result["line"] = process.stdout.readline()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return result.get("line")


def _stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def running_emulator(seed, lro_seconds=1.0, delete_seconds=None, latency_ms=0, port=0, state_out=None,
                     extra_args=(), startup_timeout=15, profile=None):
    """Run `python -m tests.emulator serve` with this seed (a path or a dict) and yield a RunningEmulator.

    ``profile``: "fast" or "realistic" (docs/emulator.md); default PRIVATELINK_EMULATOR_PROFILE or "fast", so a
    test stage can run the same tests against real durations.
    """
    with tempfile.TemporaryDirectory(prefix="pec-emulator-run-") as workdir:
        if isinstance(seed, dict):
            seed_path = os.path.join(workdir, "seed.json")
            with open(seed_path, "w", encoding="utf-8") as handle:
                json.dump(seed, handle)
        else:
            seed_path = os.path.abspath(os.fspath(seed))
        command = [
            sys.executable, "-m", "tests.emulator", "serve", "--seed", seed_path, "--port", str(port),
            "--lro-seconds", str(lro_seconds), "--latency-ms", str(latency_ms),
            "--cert-dir", os.path.join(workdir, "certs"),
        ]
        if delete_seconds is not None:
            command += ["--delete-seconds", str(delete_seconds)]
        if state_out:
            command += ["--state-out", os.path.abspath(state_out)]
        command += ["--profile", profile or os.environ.get(PROFILE_VARIABLE) or "fast"]
        command += list(extra_args)
        env = dict(os.environ)
        env["PYTHONPATH"] = REPO_ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        stderr_path = os.path.join(workdir, "stderr.txt")
        with open(stderr_path, "w+b") as stderr:
            process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr,
                                       text=True)
            try:
                line = _read_ready_line(process, startup_timeout)
                if not line:
                    exited = process.poll() is not None
                    _stop(process)
                    stderr.seek(0)
                    detail = stderr.read().decode("utf-8", "replace").strip() or "(no output)"
                    what = (f"exited with code {process.returncode} before it was ready" if exited
                            else f"did not print its ready line within {startup_timeout} s")
                    raise EmulatorStartError(f"the emulator ({' '.join(command)}) {what}; its stderr:\n{detail}")
                yield RunningEmulator(json.loads(line), process)
            finally:
                _stop(process)
