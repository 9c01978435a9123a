"""Read the official REST specs in shared/azure-rest-specs/: operations, their examples and their schemas.

Only what the tests need: the private-endpoint-connection operations and the parent GETs, per service and
api-version folder, each with the example files its `x-ms-examples` point at, and a jsonschema validator for
an operation's response that resolves `$ref`s across files (common-types included).
"""

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jsonschema
import pytest
import referencing.exceptions
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED_DIR_ENV = "PRIVATELINK_SHARED_DIR"
SERVICES = ("keyvault", "storage")

PEC_OPERATION = re.compile(r"PrivateEndpointConnections_")
PARENT_GET_OPERATIONS = {"Vaults_Get", "ManagedHsms_Get", "StorageAccounts_GetProperties"}
PARENT_LIST_OPERATIONS = {
    "Vaults_ListByResourceGroup", "Vaults_ListBySubscription", "ManagedHsms_ListByResourceGroup",
    "ManagedHsms_ListBySubscription", "StorageAccounts_ListByResourceGroup", "StorageAccounts_List",
}
PARENT_TYPE = re.compile(r"/providers/(Microsoft\.\w+/\w+)(?:/|$)")


def specs_root():
    shared = Path(os.environ.get(SHARED_DIR_ENV) or REPO_ROOT.parent / "shared")
    root = shared / "azure-rest-specs"
    if not root.is_dir():
        # A failure, not a skip: without the specs the replay and schema tests would silently vanish.
        pytest.fail(
            f"The Azure REST specs are not at {root}. Point {SHARED_DIR_ENV} at the shared/ folder that holds "
            "azure-rest-specs/ (default: <repo>/../shared).",
            pytrace=False,
        )
    return root


def version_folders(service):
    """Every api-version folder kept for a service, oldest first."""
    return sorted(p.name for p in (specs_root() / service).iterdir() if p.is_dir())


@dataclass(frozen=True)
class Operation:
    service: str
    api_version: str
    spec_file: Path
    operation_id: str
    method: str
    path_template: str
    responses: dict = field(compare=False, repr=False)
    body_parameter: str = None
    example_refs: tuple = ()

    @property
    def parent_type(self):
        return PARENT_TYPE.search(self.path_template).group(1)

    @property
    def kind(self):
        """"connection" (a PEC operation), "parent_get" or "parent_list"."""
        if PEC_OPERATION.search(self.operation_id):
            return "connection"
        return "parent_get" if self.operation_id in PARENT_GET_OPERATIONS else "parent_list"

    @property
    def is_parent_get(self):
        return self.kind == "parent_get"

    @property
    def path_parameters(self):
        return re.findall(r"\{([^}]+)\}", self.path_template)


@dataclass(frozen=True)
class Example:
    operation: Operation
    file: Path

    @property
    def test_id(self):
        return f"{self.operation.service}/{self.operation.api_version}/{self.file.stem}"

    @property
    def document(self):
        return _load_json(self.file)

    @property
    def parameters(self):
        return self.document["parameters"]

    @property
    def responses(self):
        return self.document["responses"]


def operations(service, api_version):
    """The PEC operations, parent GETs and parent lists declared in one api-version folder."""
    found = []
    for spec_file in sorted((specs_root() / service / api_version).glob("*.json")):
        for path, path_item in _load_json(spec_file).get("paths", {}).items():
            for method, operation in path_item.items():
                if method == "parameters":
                    continue
                operation_id = operation.get("operationId", "")
                if not (PEC_OPERATION.search(operation_id)
                        or operation_id in PARENT_GET_OPERATIONS | PARENT_LIST_OPERATIONS):
                    continue
                found.append(Operation(
                    service=service,
                    api_version=api_version,
                    spec_file=spec_file,
                    operation_id=operation_id,
                    method=method.upper(),
                    path_template=path,
                    responses=operation["responses"],
                    body_parameter=_body_parameter(operation),
                    example_refs=tuple(ref["$ref"] for ref in operation.get("x-ms-examples", {}).values()),
                ))
    return found


def find_operation(service, api_version, operation_id):
    matches = [op for op in operations(service, api_version) if op.operation_id == operation_id]
    if len(matches) != 1:
        raise LookupError(f"{service}/{api_version}: {len(matches)} operations named {operation_id}")
    return matches[0]


def _body_parameter(operation):
    # The body parameters of these operations are always written inline; the $ref'd ones are path/query
    # parameters from common-types, so they need no resolving here.
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "body":
            return parameter["name"]
    return None


def pec_examples():
    """Every example file of a PEC operation that exists on disk, in every service and api-version."""
    return [ex for ex in _all_examples() if ex.operation.kind == "connection"]


def parent_get_examples():
    return [ex for ex in _all_examples() if ex.operation.is_parent_get and _is_parent_example(ex)]


def _is_parent_example(example):
    # StorageAccounts_GetProperties lists several examples (CMK, geo-replication, ...); the plain one is
    # the parent read this collection does.
    return example.file.stem in {"getVault", "ManagedHsm_Get", "StorageAccountGetProperties"}


def _all_examples():
    examples = []
    for service in SERVICES:
        for api_version in version_folders(service):
            for operation in operations(service, api_version):
                for ref in operation.example_refs:
                    example_file = (operation.spec_file.parent / ref).resolve()
                    if example_file.is_file():  # the newest versions keep only the openapi excerpt
                        examples.append(Example(operation, example_file))
    return examples


def example_files_on_disk():
    """All PEC example files present, to prove that pec_examples() misses none."""
    root = specs_root()
    return sorted(p.resolve() for p in root.glob("*/*/examples/*.json") if "privateendpointconnection" in p.name.lower())


@lru_cache(maxsize=None)
def _load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


# --- schemas ---------------------------------------------------------------------------------------------

def schema_errors(operation, body, status="200"):
    """Messages for every way `body` breaks the schema of `operation`'s `status` response ([] if none)."""
    schema = operation.responses[status]["schema"]
    base = operation.spec_file.resolve().as_uri()
    if "$ref" in schema:
        schema = {"$ref": _absolute_ref(base, schema["$ref"])}
    validator = jsonschema.Draft4Validator(schema, registry=_registry())
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<body>'}: {error.message}"
        for error in validator.iter_errors(_without_nulls(body))
    ]


def _without_nulls(value):
    # Swagger 2.0 cannot say "nullable"; Azure's own validators treat a property that is not `required` as
    # nullable (the spec examples themselves send `"nextLink": null`). Dropping nulls gives the same verdict:
    # a null in a required property still fails, as a missing one.
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def schema_resolves(operation, status):
    """Whether the spec kept the definition a response schema points at (the openapi excerpts omit some)."""
    schema = operation.responses.get(status, {}).get("schema")
    if not schema:
        return False
    if "$ref" not in schema:
        return True
    try:
        _registry().resolver().lookup(_absolute_ref(operation.spec_file.resolve().as_uri(), schema["$ref"]))
    except referencing.exceptions.Unresolvable:
        return False
    return True


def _absolute_ref(base, ref):
    file_part, pointer = ref.split("#", 1) if "#" in ref else (ref, "")
    return f"{urljoin(base, file_part) if file_part else base}#{pointer}"


@lru_cache(maxsize=None)
def _registry():
    # Cross-file refs keep their upstream text (`../../../../../common-types/...`), which points outside
    # this folder once copied here; every URI that names common-types/ is served from our copy instead.
    return Registry(retrieve=_retrieve)


def _retrieve(uri):
    path = Path(urlsplit(uri).path)
    parts = path.parts
    if "common-types" in parts:
        path = specs_root().joinpath(*parts[parts.index("common-types"):])
    if not path.is_file():
        raise LookupError(f"spec $ref target not found: {uri}")
    return Resource.from_contents(_load_json(path), default_specification=DRAFT4)
