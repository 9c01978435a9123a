"""End to end: ansible-rulebook runs the collection's approve_pending rulebook against the emulator.

The collection is built and installed from its tarball, and ansible-rulebook loads the event source and the
rulebook from that install by their FQCNs, as it does in a decision environment. A consumer creates private
endpoints with manual requests through the emulator's Microsoft.Network API; the test measures the time until
the allowed one is Approved and Succeeded and asserts it is within the poll interval + the approval time (the
approving playbook run's own duration, from ansible-rulebook's debug log) + 5 s. The same playbook run by hand in
the same run is printed beside it as a reference. The stranger's request must be rejected, nothing written twice.

Run by the `eda` stage of scripts/test (which reports N/A, with the reason, when Java or ansible-rulebook is
missing); needs Java 17+ for ansible-rulebook's rule engine.
"""

import datetime
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pytest
import yaml
from azure.identity import ClientSecretCredential

from tests.emulator.launcher import REPO_ROOT, running_emulator
from tests.functional.emulator.arm import ARM_SCOPE, Arm

SUB = "00000000-0000-0000-0000-000000000000"
TENANT = "11111111-1111-1111-1111-111111111111"
CLIENT_ID = "22222222-2222-2222-2222-222222222222"
SECRET = "eda-test-secret-not-for-real-use"
ALLOWED = "33333333-3333-3333-3333-333333333333"
STRANGER = "99999999-9999-9999-9999-999999999999"
VAULT_ID = f"/subscriptions/{SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
NETWORK_API = "2023-09-01"
POLL_INTERVAL = 2.0
LRO_SECONDS = 2.0
SOURCE_LISTS = ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts")


def endpoint_id(subscription, name):
    return f"/subscriptions/{subscription}/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/{name}"


SEED = {
    "subscription_id": SUB,
    "tenant_id": TENANT,
    "principals": [{"client_id": CLIENT_ID, "client_secret": SECRET}],
    "resources": [{
        "type": "Microsoft.KeyVault/vaults", "resource_group": "rg-app", "name": "kv-app", "location": "westeurope",
        "connections": [{"name": "pe-reference", "status": "Pending",
                         "private_endpoint_id": endpoint_id(ALLOWED, "pe-reference")}],
    }],
}

POLICY = {
    "pec_approval_subscriptions": [SUB],
    # The fleet's three types: the source lists them (three requests a poll, one of them the HSM list that
    # source_polls counts). With no types it would read every type of the table with one Resource Graph query.
    "pec_approval_resource_types": ["Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs",
                                    "Microsoft.Storage/storageAccounts"],
    "pec_approval_rules": [
        {"name": "spokes we own", "match": {"private_endpoint_subscription_id": ALLOWED, "status": "Pending"},
         "action": "approve", "description": "Approved by rule ${rule}"},
        {"name": "strangers", "match": {"status": "Pending"}, "action": "reject",
         "description": "Rejected: ${private_endpoint_subscription_id} is not an allowed subscription"},
    ],
    "pec_approval_max_destructive_changes": 3,
    "pec_events_poll_interval": POLL_INTERVAL,
}


def missing_tools():
    if shutil.which("ansible-rulebook") is None:
        return "ansible-rulebook is not installed (requirements-dev.txt)"
    if shutil.which("java") is None:
        return "no Java runtime: ansible-rulebook needs Java 17 or later (scripts/system-packages.txt)"
    return None


def install_collection(workdir):
    """Build the tarball and install it the way a decision environment gets it; returns the collections path."""
    subprocess.run(["ansible-galaxy", "collection", "build", "--output-path", workdir, REPO_ROOT],
                   check=True, capture_output=True, cwd=workdir, timeout=120)
    [tarball] = [name for name in os.listdir(workdir) if name.endswith(".tar.gz")]
    collections = os.path.join(workdir, "collections")
    subprocess.run(["ansible-galaxy", "collection", "install", "--offline", "--force", "-p", collections,
                    os.path.join(workdir, tarball)], check=True, capture_output=True, cwd=workdir, timeout=120)
    return collections


def connection_state(emu, endpoint):
    """(status, provisioning_state) of the connection from `endpoint` on kv-app, from the control API (not logged)."""
    for resource in emu.control.state()["resources"]:
        for connection in resource.get("connections") or []:
            if connection["private_endpoint_id"].lower() == endpoint.lower():
                return connection["status"], connection.get("provisioning_state")
    return None, None


def wait_for(emu, endpoint, wanted, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if connection_state(emu, endpoint) == wanted:
            return time.monotonic()
        time.sleep(0.1)
    raise AssertionError(f"{endpoint} is {connection_state(emu, endpoint)}, not {wanted}, after {timeout} s")


def request_connection(arm, subscription, name):
    """The consumer's side: a private endpoint with a manual request to kv-app."""
    body = {"location": "westeurope", "properties": {
        "subnet": {"id": f"/subscriptions/{subscription}/resourceGroups/rg-spoke/providers/Microsoft.Network"
                         "/virtualNetworks/vnet/subnets/endpoints"},
        "manualPrivateLinkServiceConnections": [{"name": name, "properties": {
            "privateLinkServiceId": VAULT_ID, "groupIds": ["vault"], "requestMessage": "please approve"}}]}}
    response = arm.put(endpoint_id(subscription, name), NETWORK_API, body=body)
    assert response.status_code in (200, 201), response.text[:300]


RUNNER_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - \S+ - DEBUG - (Calling Ansible runner|Ansible runner rc)",
                         re.MULTILINE)


def playbook_runs(rulebook_log):
    """(start as epoch seconds, seconds taken) of each playbook run under ansible-rulebook, from its debug log
    (-vv, local time), in order."""
    starts, runs = [], []
    for stamp, what in RUNNER_LINE.findall(rulebook_log):
        when = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
        if what.startswith("Calling"):
            starts.append(when)
        elif starts:
            start = starts.pop(0)
            runs.append((start, when - start))
    return runs


def source_polls(requests):
    """The source's polls: it lists the Managed HSMs of the subscription each time, which the playbook never does."""
    return [r for r in requests if r["method"] == "GET" and r["path"].endswith("/providers/Microsoft.KeyVault/managedHSMs")]


def write_run_files(workdir, policy):
    """policy.yml (the role's variables, given to ansible-rulebook with --vars) and a localhost inventory."""
    with open(os.path.join(workdir, "policy.yml"), "w", encoding="utf-8") as handle:
        yaml.safe_dump(policy, handle)
    with open(os.path.join(workdir, "inventory.yml"), "w", encoding="utf-8") as handle:
        yaml.safe_dump({"all": {"hosts": {"localhost": {"ansible_connection": "local"}}}}, handle)


def rulebook_env(emu, collections, workdir):
    """The environment of ansible-rulebook and ansible-playbook: the emulator's AZURE_* and the installed tarball."""
    env = dict(os.environ, **emu.module_env())
    env.update(ANSIBLE_COLLECTIONS_PATH=collections, ANSIBLE_LOCAL_TEMP=os.path.join(workdir, "tmp"),
               PATH=os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""))
    env.pop("ANSIBLE_CONFIG", None)
    return env


def consumer_arm(emu):
    """An ARM client for the consumer's side (creating private endpoints), signed in as the seed's principal."""
    return Arm(emu.arm_url, emu.ca_file, lambda: ClientSecretCredential(
        TENANT, CLIENT_ID, SECRET, authority=emu.authority, disable_instance_discovery=True,
        connection_verify=emu.ca_file).get_token(ARM_SCOPE).token)


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="pec-eda-e2e-") as path:
        yield path


def test_rulebook_approves_within_a_poll_and_rejects_strangers(workdir):
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    collections = install_collection(workdir)
    write_run_files(workdir, POLICY)

    phases = {"build and install": time.monotonic()}
    with running_emulator(seed=SEED, lro_seconds=LRO_SECONDS) as emu:
        env = rulebook_env(emu, collections, workdir)
        arm = consumer_arm(emu)

        # Reference: the rulebook's playbook run by hand on a waiting request, from start to Approved+Succeeded.
        # The extra vars the rulebook passes: the event, the rules and the safety valve (not the scope).
        event = {"ansible_eda": {"event": {"connection": {
            "name": "pe-reference", "parent_type": "Microsoft.KeyVault/vaults", "parent_subscription_id": SUB,
            "parent_resource_group": "rg-app", "parent_name": "kv-app", "status": "Pending"}}},
            "pec_event_report_dir": os.path.join(workdir, "reports"),
            "pec_approval_rules": POLICY["pec_approval_rules"],
            "pec_approval_max_destructive_changes": POLICY["pec_approval_max_destructive_changes"]}
        with open(os.path.join(workdir, "event.json"), "w", encoding="utf-8") as handle:
            json.dump(event, handle)
        started = phases["reference run"] = time.monotonic()
        reference = subprocess.run(
            ["ansible-playbook", "-i", "inventory.yml", "privatelink.azure.pec_event", "-e", "@event.json"],
            cwd=workdir, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert reference.returncode == 0, reference.stdout[-3000:] + reference.stderr[-2000:]
        reference_seconds = wait_for(emu, endpoint_id(ALLOWED, "pe-reference"), ("Approved", "Succeeded"), 30) - started
        emu.control.clear_requests()

        log_path = os.path.join(workdir, "rulebook.log")
        with open(log_path, "w+", encoding="utf-8") as log:
            rulebook = subprocess.Popen(
                ["ansible-rulebook", "--rulebook", "privatelink.azure.approve_pending", "-i", "inventory.yml",
                 "--vars", "policy.yml", "--shutdown-delay", "5", "-vv"], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
            phases["rulebook start"] = time.monotonic()
            try:
                # The source is up once it has polled (the JVM and the collection take a while to load).
                deadline = time.monotonic() + 120
                while not source_polls(emu.control.requests(kind="arm")):
                    assert rulebook.poll() is None, "ansible-rulebook exited:\n" + open(log_path).read()[-3000:]
                    assert time.monotonic() < deadline, "the source never polled:\n" + open(log_path).read()[-3000:]
                    time.sleep(0.2)

                requested = phases["approve and reject"] = time.monotonic()
                requested_at = time.time()
                request_connection(arm, ALLOWED, "pe-new")
                approved = wait_for(emu, endpoint_id(ALLOWED, "pe-new"), ("Approved", "Succeeded"),
                                    POLL_INTERVAL + reference_seconds + 60)
                latency = approved - requested

                request_connection(arm, STRANGER, "pe-stranger")
                wait_for(emu, endpoint_id(STRANGER, "pe-stranger"), ("Rejected", "Succeeded"),
                         POLL_INTERVAL + reference_seconds + 60)
                # Both playbook runs end (reports written); then the status changes come back as events, which must
                # write nothing.
                deadline = time.monotonic() + reference_seconds + 60
                while len(playbook_runs(open(log_path, encoding="utf-8").read())) < 2 and time.monotonic() < deadline:
                    time.sleep(0.5)
                time.sleep(3 * POLL_INTERVAL)
            finally:
                phases["rulebook stop"] = time.monotonic()
                os.killpg(rulebook.pid, signal.SIGINT)
                try:
                    rulebook.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(rulebook.pid, signal.SIGKILL)
                    rulebook.wait()
            log.seek(0)
            rulebook_output = log.read()

        phases["end"] = time.monotonic()
        requests = emu.control.requests()
        arm_requests = [r for r in requests if r["kind"] == "arm"]
        writes = [(r["method"], r["path"]) for r in arm_requests if r["method"] in ("PUT", "PATCH", "POST", "DELETE")]
        connection_writes = [w for w in writes if "/privateEndpointConnections/" in w[1]]
        polls = source_polls(arm_requests)
        lists = {kind: len([r for r in arm_requests if r["method"] == "GET"
                            and r["path"] == f"/subscriptions/{SUB}/providers/{kind}"]) for kind in SOURCE_LISTS}
        playbook_reads = len([r for r in arm_requests if r["method"] == "GET"]) - len(polls) * len(SOURCE_LISTS)
        tokens = [r for r in requests if r["kind"] == "token"]

    runs = playbook_runs(rulebook_output)
    assert len(runs) == 2, "expected two playbook runs (approve, reject):\n" + rulebook_output[-3000:]
    started_at, approval_seconds = runs[0]
    to_playbook = started_at - requested_at
    print(f"\nrequest-to-approval latency: {latency:.1f} s (bound: poll interval {POLL_INTERVAL:.0f} s + "
          f"approval {approval_seconds:.1f} s [the approving playbook run under ansible-rulebook] + 5 s = "
          f"{POLL_INTERVAL + approval_seconds + 5:.1f} s); reference: the same playbook run by hand took "
          f"{reference_seconds:.1f} s")
    print(f"request to the start of its playbook run: {to_playbook:.1f} s (poll interval {POLL_INTERVAL:.0f} s)")
    print(f"polls: {len(polls)}; requests per poll: {len(SOURCE_LISTS)} (one paged list per resource type and "
          f"subscription); the 2 playbook runs' reads: {playbook_reads}; writes: {len(writes)}; "
          f"token requests: {len(tokens)}")
    names = list(phases)
    print("phases: " + ", ".join(f"{a} {phases[b] - phases[a]:.1f} s" for a, b in zip(names, names[1:])))

    assert latency <= POLL_INTERVAL + approval_seconds + 5, rulebook_output[-3000:]
    # The event reaches the playbook within a poll interval (+ the poll's own reads and the rule engine's turn).
    assert to_playbook <= POLL_INTERVAL + 5, rulebook_output[-3000:]
    # Each poll lists every type once and reads nothing else (the playbook runs read only Key Vault things).
    assert lists["Microsoft.KeyVault/managedHSMs"] == lists["Microsoft.Storage/storageAccounts"] == len(polls), lists
    assert lists["Microsoft.KeyVault/vaults"] >= len(polls), lists
    # One write per decision: approve pe-new, reject pe-stranger; the events of their new status write nothing.
    assert sorted(connection_writes) == sorted(set(connection_writes)), connection_writes
    assert len(connection_writes) == 2, connection_writes
    assert sorted(path.rsplit("/", 1)[-1] for method, path in connection_writes) == ["pe-new", "pe-stranger"]
    # The other rule reports the status changes that followed.
    assert "connection pe-new from %s is Approved (status_changed, was Pending)" % endpoint_id(ALLOWED, "pe-new") \
        in " ".join(rulebook_output.split()), rulebook_output[-3000:]
    assert "connection pe-stranger from %s is Rejected (status_changed, was Pending)" % endpoint_id(
        STRANGER, "pe-stranger") in " ".join(rulebook_output.split()), rulebook_output[-3000:]
