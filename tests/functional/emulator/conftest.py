"""One emulator for the whole run, reset to the test fleet before every test, and the clients that talk to it.

The clients are the real ones: azure-identity credentials and the azure-mgmt-* SDKs over HTTPS, trusting the
emulator's throw-away CA through `connection_verify` (the azure-core transport option, which azure-identity's
token requests honour as well).
"""

from collections import Counter

import pytest
from azure.identity import ClientSecretCredential
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.storage import StorageManagementClient

from tests.emulator.launcher import running_emulator

from . import fleet
from .arm import ARM_SCOPE, Arm
from .certificates import self_signed_certificate

# Short enough for a quick suite, long enough to see the Updating state of a Key Vault PUT.
LRO_SECONDS = 0.5
POLL_SECONDS = 0.1
REQUESTS_SERVED = Counter()  # kind -> count over the run, printed at the end so costs stay visible


@pytest.fixture(scope="session")
def client_certificate(tmp_path_factory):
    return self_signed_certificate(tmp_path_factory.mktemp("client-cert"), common_name="privatelink-tests")


@pytest.fixture(scope="session")
def seed(client_certificate):
    return fleet.build_seed(client_certificate.public_pem)


@pytest.fixture(scope="session")
def emu(seed):
    with running_emulator(seed=seed, lro_seconds=LRO_SECONDS, delete_seconds=LRO_SECONDS) as emulator:
        yield emulator


@pytest.fixture(scope="session")
def start_settings(emu):
    """Every setting as the emulator started, so a test's page_size or token lifetime never leaks."""
    return emu.control.settings()


@pytest.fixture(autouse=True)
def fresh_emulator(request, seed):
    """Every test starts from the fleet, with no faults, an empty request log and the start settings."""
    if "emu" not in request.fixturenames:
        yield None
        return
    emulator = request.getfixturevalue("emu")
    emulator.control.load_state(seed)
    emulator.control.clear_faults()
    emulator.control.settings(**request.getfixturevalue("start_settings"))
    emulator.control.clear_requests()
    yield emulator
    REQUESTS_SERVED.update(entry["kind"] for entry in emulator.control.requests())


def pytest_terminal_summary(terminalreporter):
    if REQUESTS_SERVED:
        counts = ", ".join(f"{kind} {count}" for kind, count in sorted(REQUESTS_SERVED.items()))
        terminalreporter.write_line(f"emulator requests served to the tests: {counts}")


def make_credential(emu, client_id=fleet.CLIENT_ID, secret=fleet.CLIENT_SECRET):
    return ClientSecretCredential(
        fleet.TENANT, client_id, secret,
        authority=emu.info["authority"], disable_instance_discovery=True, connection_verify=emu.ca_file,
    )


def sdk_options(emu, **overrides):
    """Keyword arguments shared by both management clients; overrides e.g. retry_total=0 or api_version."""
    options = {"base_url": emu.arm_url, "connection_verify": emu.ca_file, "polling_interval": POLL_SECONDS}
    options.update(overrides)
    return options


@pytest.fixture(scope="session")
def credential(emu):
    return make_credential(emu)


@pytest.fixture(scope="session")
def keyvault(emu, credential):
    return KeyVaultManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu))


@pytest.fixture(scope="session")
def storage(emu, credential):
    return StorageManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu))


@pytest.fixture(scope="session")
def arm(emu, credential):
    """Raw HTTPS to the emulator's ARM endpoint with a real bearer token, for what the SDKs hide."""
    return Arm(emu.arm_url, emu.ca_file, lambda: credential.get_token(ARM_SCOPE).token)
