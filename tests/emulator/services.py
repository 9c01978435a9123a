"""The emulator's type table as the route handlers see it: every modelled ARM parent type, looked up by type.

The rows themselves are in rows/ (one module per namespace), their shape in row.py. Nothing outside these files
names a service: handlers read the row of the resource they serve.
"""
from .rows import ALL_ROWS

ALL_SERVICES = ALL_ROWS
_BY_TYPE = {service.type.lower(): service for service in ALL_SERVICES}


def service_for_type(resource_type):
    """The Service of an ARM type spelled in any case, or None."""
    return _BY_TYPE.get(str(resource_type).lower())


def service_for_path(namespace, collection):
    return _BY_TYPE.get(f"{namespace}/{collection}".lower())
