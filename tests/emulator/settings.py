"""Run-time knobs of the emulator, changeable through the control API."""
import threading
from dataclasses import dataclass, fields

# Validation bounds: generous, but they stop a typo from freezing a test run for hours.
_LIMITS = {
    "lro_seconds": (0.0, 3600.0),
    "delete_seconds": (0.0, 3600.0),
    "latency_ms": (0, 60000),
    "token_lifetime_seconds": (1, 86400),
    "page_size": (1, 1000),
    "retry_after_seconds": (0, 3600),
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

    def __post_init__(self):
        self._lock = threading.Lock()

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
