"""Raw HTTPS calls to the emulator's ARM endpoint, for what the SDKs hide: status codes, headers, bodies."""

import requests

ARM_SCOPE = "https://management.azure.com/.default"
_TOKEN = object()  # "use the fixture's token" (None means: send no Authorization header)


class Arm:
    def __init__(self, base_url, ca_file, token_provider):
        self.base_url = base_url.rstrip("/")
        self._token_provider = token_provider
        self._ca_file = ca_file  # passed per request: REQUESTS_CA_BUNDLE in the environment beats Session.verify
        self._session = requests.Session()

    def call(self, method, path, api_version, body=None, token=_TOKEN, headers=None, timeout=10):
        headers = dict(headers or {})
        if token is _TOKEN:
            token = self._token_provider()
        if token is not None:
            headers.update(self.auth_header(token))
        params = {"api-version": api_version} if api_version is not None else None
        return self._session.request(method, self.base_url + path, params=params, json=body, headers=headers,
                                     timeout=timeout, verify=self._ca_file)

    def auth_header(self, token=None):
        return {"Authorization": f"Bearer {token or self._token_provider()}"}

    def get(self, path, api_version, **kwargs):
        return self.call("GET", path, api_version, **kwargs)

    def put(self, path, api_version, body, **kwargs):
        return self.call("PUT", path, api_version, body=body, **kwargs)

    def delete(self, path, api_version, **kwargs):
        return self.call("DELETE", path, api_version, **kwargs)

    def get_url(self, url, params=None, headers=None, timeout=10):
        """A GET of any URL on the emulator (MSI endpoint, Azure-AsyncOperation URL), trusting its CA; no
        bearer token unless `headers` carry one."""
        return self._session.get(url, params=params, headers=headers, timeout=timeout, verify=self._ca_file)


def error_of(response):
    """(code, message) of an ARM error body, failing loudly when the body is not one."""
    try:
        error = response.json()["error"]
        return error["code"], error["message"]
    except (ValueError, KeyError, TypeError):
        raise AssertionError(f"not an ARM error body (HTTP {response.status_code}): {response.text[:300]!r}")
