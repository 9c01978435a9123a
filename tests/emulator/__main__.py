"""`python -m tests.emulator serve --seed FILE ...`: start the emulator and print the ready line (design.md)."""
import argparse
import json
import os
import shlex
import signal
import sys
import tempfile
import threading
import time

from . import tls
from .emulator import Emulator
from .launcher import module_env
from .seed import SeedError, load_seed_file
from .server import EmulatorServer
from .settings import Settings, SettingsError


def _parser():
    parser = argparse.ArgumentParser(prog="python -m tests.emulator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve ARM, Entra ID token and managed identity endpoints over HTTPS")
    serve.add_argument("--seed", required=True, help="seed file (YAML or JSON), see docs/design.md")
    serve.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 picks a free one)")
    serve.add_argument("--lro-seconds", type=float, default=2.0, help="how long Key Vault/HSM PUTs stay Updating")
    serve.add_argument("--delete-seconds", type=float, default=None, help="how long deletes run (default: lro)")
    serve.add_argument("--latency-ms", type=int, default=0, help="delay added to every request")
    serve.add_argument("--page-size", type=int, default=100, help="items per page of paged lists")
    serve.add_argument("--token-lifetime-seconds", type=int, default=3600, help="lifetime of issued tokens")
    serve.add_argument("--retry-after-seconds", type=int, default=1, help="Retry-After of asynchronous answers")
    serve.add_argument("--profile", choices=("fast", "realistic"), default="fast",
                       help="realistic: Key Vault/HSM changes take as long as real ones (30-50 s) and polls "
                            "sometimes get a 504; overrides --lro-seconds/--delete-seconds for those changes")
    serve.add_argument("--throttling", choices=("auto", "on", "off"), default="auto",
                       help="ARM's and the Storage provider's published request budgets answer 429 when empty: "
                            "auto = in the realistic profile only (docs/emulator.md)")
    serve.add_argument("--state-out", help="write the final state (seed shape, JSON) here on stop")
    serve.add_argument("--cert-dir", help="where to write ca.pem and the server certificate (default: a temp dir)")
    serve.add_argument("--env-file", help="also write export lines of the AZURE_* variables that point the "
                       "collection's modules at this emulator (for a shell to source) to this file")
    serve.add_argument("--verbose", action="store_true", help="print each request on stderr")
    return parser


def _settings(args):
    settings = Settings()
    settings.update({
        "lro_seconds": args.lro_seconds,
        "delete_seconds": args.lro_seconds if args.delete_seconds is None else args.delete_seconds,
        "latency_ms": args.latency_ms,
        "page_size": args.page_size,
        "token_lifetime_seconds": args.token_lifetime_seconds,
        "retry_after_seconds": args.retry_after_seconds,
        "profile": args.profile,
        "throttling": args.throttling,
    })
    return settings


def serve(args):
    started = time.monotonic()
    settings = _settings(args)
    seed = load_seed_file(args.seed)
    cert_dir = args.cert_dir or tempfile.mkdtemp(prefix="pec-emulator-")
    ca_file = tls.create_certificates(cert_dir)
    emulator = Emulator(seed, settings, ca_file)
    server = EmulatorServer(args.port, emulator, tls.server_context(cert_dir), verbose=args.verbose)
    emulator.bound(server.server_port)

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()

    ready = emulator.ready_info()
    if args.env_file:
        _write_env_file(args.env_file, ready)
    print(json.dumps(ready), flush=True)
    sys.stderr.write(f"emulator ready in {(time.monotonic() - started) * 1000:.0f} ms on {emulator.base_url}\n")
    stop.wait()
    server.shutdown()
    server.server_close()
    if args.state_out:
        with open(args.state_out, "w", encoding="utf-8") as handle:
            json.dump(emulator.dump_state(), handle, indent=2)
    return 0


def _write_env_file(path, ready):
    """`export NAME='value'` lines; written to a new file and renamed, so a reader never sees half of it."""
    lines = ["export %s=%s\n" % (name, shlex.quote(value)) for name, value in sorted(module_env(ready).items())]
    with open(path + ".tmp", "w", encoding="utf-8") as handle:
        handle.writelines(lines)
    os.replace(path + ".tmp", path)


def main(argv=None):
    args = _parser().parse_args(argv)
    try:
        return serve(args)
    except (SeedError, SettingsError) as exc:
        sys.stderr.write(f"emulator: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"emulator: error: cannot start: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
