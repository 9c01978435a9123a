"""Run-time knobs of the emulator, changeable through the control API."""
import random
import threading
from dataclasses import dataclass, fields

from .services import ALL_SERVICES

PROFILES = ("fast", "realistic")
# Whether the request budgets (ratelimits.py) refuse requests with 429: "auto" = in the realistic profile only.
THROTTLING = ("auto", "on", "off")
# The realistic profile: how long real changes take, per parent type and change, in seconds (low, high), drawn
# uniformly per change. Each row of the type table carries its figures and their source (rows/; e.g. Key Vault
# approval 28-50 s recorded in 2024, Managed HSM 32-50 s, Managed HSM delete 15-18 s).
REALISTIC_SECONDS = {
    **{(row.type, change): span for row in ALL_SERVICES for change, span in row.realistic_seconds.items()},
    ("Microsoft.Network/privateEndpoints", "update"): (20.0, 40.0),    # our inference: no timing recorded
}
# Recorded traffic: a 504 GatewayTimeout in the middle of polling a Managed HSM connection, the next poll fine.
# How often is our inference: one poll of a busy connection in 20.
REALISTIC_GATEWAY_TIMEOUT_SHARE = 0.05

# Validation bounds: generous, but they stop a typo from freezing a test run for hours.
_LIMITS = {
    "lro_seconds": (0.0, 3600.0),
    "delete_seconds": (0.0, 3600.0),
    "latency_ms": (0, 60000),
    "token_lifetime_seconds": (1, 86400),
    "page_size": (1, 1000),
    "retry_after_seconds": (0, 3600),
    "graph_lag_seconds": (0.0, 3600.0),
    "graph_quota": (1, 1000),
    "graph_quota_window_seconds": (1, 3600),
}


class SettingsError(ValueError):
    pass


@dataclass
class Settings:
    lro_seconds: float = 2.0            # Key Vault / HSM PUT stays Updating this long
    delete_seconds: float = 2.0         # Key Vault / HSM DELETE stays Deleting this long
    latency_ms: int = 0                 # added to every ARM, token and MSI request
    token_lifetime_seconds: int = 3600  # access tokens' exp - iat
    page_size: int = 100                # items per page of paged lists
    retry_after_seconds: int = 1        # Retry-After on asynchronous answers
    profile: str = "fast"               # "realistic": real durations and occasional 504s (REALISTIC_SECONDS)
    graph_lag_seconds: float = 0.0      # Resource Graph answers from the state as it was this long ago
    graph_quota: int = 15               # Resource Graph queries per identity and window (AZURE_BEHAVIOUR.md)
    graph_quota_window_seconds: int = 5
    throttling: str = "auto"            # ARM / Storage budgets answer 429 when empty: auto (realistic), on, off

    def __post_init__(self):
        self._lock = threading.Lock()
        self._random = random.Random()

    def change_seconds(self, parent_type, change):
        """How long a Key Vault / HSM change ("update" or "delete") runs: the profile's draw, or the fixed setting."""
        if self.profile == "realistic":
            span = REALISTIC_SECONDS.get((parent_type, change)) or REALISTIC_SECONDS[(parent_type, "update")]
            return self._random.uniform(*span)
        return self.lro_seconds if change == "update" else self.delete_seconds

    def throttling_on(self):
        """Whether an empty request budget answers 429 (ratelimits.py)."""
        return self.throttling == "on" or (self.throttling == "auto" and self.profile == "realistic")

    def gateway_timeout_now(self):
        """Whether this poll of a busy connection gets a 504 GatewayTimeout (realistic profile only)."""
        return self.profile == "realistic" and self._random.random() < REALISTIC_GATEWAY_TIMEOUT_SHARE

    def as_dict(self):
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self)}

    def update(self, changes):
        """Apply a partial settings document; raise SettingsError naming the bad key or value."""
        if not isinstance(changes, dict):
            raise SettingsError("settings must be a JSON object, e.g. {\"lro_seconds\": 0.5}")
        known = {f.name: f.type for f in fields(self)}
        validated = {}
        for key, value in changes.items():
            if key not in known:
                raise SettingsError(f"unknown setting '{key}'; known settings: {', '.join(sorted(known))}")
            if key in ("profile", "throttling"):
                choices = PROFILES if key == "profile" else THROTTLING
                if value not in choices:
                    raise SettingsError(f"setting '{key}' must be one of {', '.join(choices)}, got {value!r}")
                validated[key] = value
                continue
            kind = float if known[key] in (float, "float") else int
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise SettingsError(f"setting '{key}' must be a number, got {value!r}")
            low, high = _LIMITS[key]
            if not low <= value <= high:
                raise SettingsError(f"setting '{key}' must be between {low} and {high}, got {value!r}")
            validated[key] = kind(value)
        with self._lock:
            for key, value in validated.items():
                setattr(self, key, value)
        return self.as_dict()
