# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""Decide how to authenticate from module options, environment variables and ~/.azure/credentials.

Pure logic: no Azure SDK import and no network, so unit tests can call `resolve_settings` directly. The
precedence is documented in the `privatelink.azure.auth` doc fragment and in docs/authentication.md.
"""

from __future__ import annotations

import configparser
import os
import shutil

from ansible_collections.privatelink.azure.plugins.module_utils._auth_clouds import (
    CLOUDS,
    Cloud,
    DEFAULT_CLOUD,
    default_scope_for,
    find_cloud,
    identity_authority,
    is_known_authority,
    normalize_url,
    scope_from_audience,
)


class AuthConfigError(Exception):
    """The authentication options are missing, contradictory or point at something unusable.

    The message names the option (or environment variable) to change and never contains a secret.
    """


AUTH_SOURCES = ("auto", "env", "cli", "credential_file", "msi", "workload_identity")
# azure.azcollection's variable for auth_source, used when the task does not set it.
AUTH_SOURCE_VARIABLE = "ANSIBLE_AZURE_AUTH_SOURCE"

# Option name -> environment variables, first set one wins. The azure.azcollection spelling comes first,
# then the azure-identity one, so playbooks written for azure.azcollection behave the same here.
ENVIRONMENT_VARIABLES = {
    "subscription_id": ("AZURE_SUBSCRIPTION_ID",),
    "client_id": ("AZURE_CLIENT_ID",),
    "secret": ("AZURE_SECRET", "AZURE_CLIENT_SECRET"),
    "tenant": ("AZURE_TENANT", "AZURE_TENANT_ID"),
    "x509_certificate_path": ("AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_X509_CERTIFICATE_PATH"),
    "x509_certificate_password": ("AZURE_CLIENT_CERTIFICATE_PASSWORD",),
    "federated_token_file": ("AZURE_FEDERATED_TOKEN_FILE",),
    "profile": ("AZURE_PROFILE",),
    "cloud_environment": ("AZURE_CLOUD_ENVIRONMENT",),
    "resource_manager_endpoint": ("AZURE_RESOURCE_MANAGER_ENDPOINT",),
    "authority_host": ("AZURE_ADFS_AUTHORITY_URL", "AZURE_AUTHORITY_HOST"),
    "ca_bundle": ("PRIVATELINK_AZURE_CA_BUNDLE", "REQUESTS_CA_BUNDLE"),
    "cert_validation_mode": ("AZURE_CERT_VALIDATION_MODE",),
    "thumbprint": ("AZURE_THUMBPRINT",),
    "disable_instance_discovery": ("AZURE_DISABLE_INSTANCE_DISCOVERY",),
    "ad_user": ("AZURE_AD_USER",),
    "password": ("AZURE_PASSWORD",),
}

PROFILE_KEYS = (
    "subscription_id", "client_id", "secret", "tenant", "x509_certificate_path", "x509_certificate_password",
    "cloud_environment", "resource_manager_endpoint", "resource_manager_audience", "authority_host", "ca_bundle",
    "cert_validation_mode", "thumbprint", "disable_instance_discovery",
)
# azure.azcollection's spelling of a key -> ours (its adfs_authority_url is the authority azure-identity gets).
PROFILE_KEY_ALIASES = {"adfs_authority_url": "authority_host"}
# User name and password sign-in (ROPC): azure.azcollection reads ad_user / password (options, AZURE_AD_USER /
# AZURE_PASSWORD, profile keys; AWX's Azure credential sets the variables when it has no client id). Refused, never
# ignored: ignoring them would sign in as somebody else (a default profile, a managed identity, the CLI's user).
USER_PASSWORD_OPTIONS = ("ad_user", "password")
USER_PASSWORD_REFUSED = (
    "%s: user name and password sign-in is not supported. Microsoft is retiring it: it cannot pass multifactor "
    "authentication, which Azure now enforces for Resource Manager sign-ins, and azure-identity deprecates "
    "UsernamePasswordCredential (https://aka.ms/azsdk/identity/mfa). Use a service principal instead (client_id, "
    "tenant and secret or x509_certificate_path; in AWX, the Azure Resource Manager credential's Client ID, Client "
    "Secret and Tenant ID instead of Username and Password), or workload identity, managed identity or the Azure CLI "
    "(auth_source)."
)
CERT_VALIDATION_MODES = ("validate", "ignore")
TRUE_WORDS, FALSE_WORDS = ("true", "yes", "1", "on"), ("false", "no", "0", "off", "")

# Which option carries the credential itself, per kind of credential, in the order azure-identity's
# EnvironmentCredential tries them.
CREDENTIAL_OPTIONS = (
    ("secret", "secret"),
    ("certificate", "x509_certificate_path"),
    ("workload_identity", "federated_token_file"),
)
SECRET_OPTIONS = ("secret", "x509_certificate_password")


class Setting:
    """One value and where it came from, so that an error can say what to change."""

    def __init__(self, value, origin):
        self.value = value
        self.origin = origin

    def __repr__(self):
        return "Setting(%s)" % self.origin


class Layer:
    """The settings one place supplies (the task's options, the environment, one credentials-file profile)."""

    def __init__(self, name, settings):
        self.name = name
        self.settings = settings

    def get(self, option):
        return self.settings.get(option)

    def has_any(self, options):
        return any(option in self.settings for option in options)


def options_layer(params):
    settings = {}
    for option, value in params.items():
        if value is None or value == "" or option in ("auth_source", "validate_certs"):
            continue
        if option == "disable_instance_discovery" and value is False:
            continue  # the default: leaves the decision to the profile, the environment and the authority
        settings[option] = Setting(value, "option %s" % option)
    return Layer("options", settings)


def environment_layer(environ):
    settings = {}
    for option, names in ENVIRONMENT_VARIABLES.items():
        for name in names:
            if environ.get(name):
                settings[option] = Setting(environ[name], "environment variable %s" % name)
                break
    return Layer("environment", settings)


def credentials_file_path(environ):
    home = environ.get("HOME") or os.path.expanduser("~")
    return os.path.join(home, ".azure", "credentials")


def read_profile_sections(path):
    """The sections of an azure.azcollection credentials file, or None when the file does not exist."""
    if not os.path.isfile(path):
        return None
    parser = configparser.RawConfigParser()  # raw: a '%' in a secret is not an interpolation
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError) as exc:
        raise AuthConfigError(
            "Cannot read the credentials file %s (%s). Fix the file, or choose another auth_source."
            % (path, type(exc).__name__)
        ) from None
    return parser


def profile_layer(path, profile, origin_of_name):
    parser = read_profile_sections(path)
    if parser is None:
        raise AuthConfigError(
            "Profile '%s' (from %s) was requested but the credentials file %s does not exist. Create it, or "
            "set another auth_source." % (profile, origin_of_name, path)
        )
    if not parser.has_section(profile):
        raise AuthConfigError(
            "Profile '%s' (from %s) is not in %s; its profiles are: %s. Set profile (or AZURE_PROFILE) to one of "
            "them." % (profile, origin_of_name, path, ", ".join(parser.sections()) or "none")
        )
    present = dict(parser.items(profile))
    unsupported = [key for key in USER_PASSWORD_OPTIONS if present.get(key)]
    if unsupported:
        raise AuthConfigError(USER_PASSWORD_REFUSED % ("Profile '%s' in %s has %s" % (
            profile, path, " and ".join(unsupported))))
    both = [(alias, key) for alias, key in PROFILE_KEY_ALIASES.items() if present.get(alias) and present.get(key)]
    if both:
        raise AuthConfigError("Profile '%s' in %s has both %s and %s, which mean the same; keep one of them."
                              % ((profile, path) + both[0]))
    settings, unknown = {}, []
    for key, value in present.items():
        ours = PROFILE_KEY_ALIASES.get(key, key)
        if ours in PROFILE_KEYS:
            if value.strip():
                settings[ours] = Setting(value.strip(), "%s in profile '%s' of %s" % (key, profile, path))
        else:
            unknown.append(key)
    if unknown:
        raise AuthConfigError(
            "Profile '%s' in %s has key(s) %s, which neither azure.azcollection nor this collection reads; the "
            "keys are: %s. Remove or correct them."
            % (profile, path, ", ".join(sorted(unknown)), ", ".join(PROFILE_KEYS + tuple(PROFILE_KEY_ALIASES))))
    return Layer("profile '%s' of %s" % (profile, path), settings)


def default_profile_exists(path):
    parser = read_profile_sections(path)
    return parser is not None and parser.has_section("default")


def managed_identity_endpoint_present(environ):
    """App Service / Functions / Container Apps (and the emulator) announce their token endpoint this way."""
    return bool(environ.get("IDENTITY_ENDPOINT") and environ.get("IDENTITY_HEADER")) or bool(
        environ.get("MSI_ENDPOINT")
    )


def azure_cli_on_path(environ):
    return shutil.which("az", path=environ.get("PATH")) is not None


class AuthSettings:
    """Everything needed to build the credential and the management clients."""

    def __init__(self, **fields):
        self.auth_source = fields["auth_source"]
        self.credential_kind = fields["credential_kind"]
        self.subscription_id = fields["subscription_id"]
        self.client_id = fields["client_id"]
        self.tenant = fields["tenant"]
        self.secret = fields["secret"]
        self.certificate_path = fields["certificate_path"]
        self.certificate_password = fields["certificate_password"]
        self.federated_token_file = fields["federated_token_file"]
        self.cloud_name = fields["cloud_name"]
        self.resource_manager_endpoint = fields["resource_manager_endpoint"]
        self.credential_scope = fields["credential_scope"]
        self.authority_host = fields["authority_host"]
        self.custom_authority = fields["custom_authority"]
        self.disable_instance_discovery = fields.get("disable_instance_discovery", False)
        self.certificate_thumbprint = fields.get("certificate_thumbprint")
        self.connection_verify = fields["connection_verify"]
        self.warnings = fields["warnings"]

    def __repr__(self):
        # Deliberately without secret and certificate password.
        return "AuthSettings(auth_source=%r, credential_kind=%r, client_id=%r, tenant=%r, subscription_id=%r)" % (
            self.auth_source, self.credential_kind, self.client_id, self.tenant, self.subscription_id)


class _Resolver:
    """Picks each setting from the layers in precedence order: options, the chosen source, the environment."""

    def __init__(self, params, environ):
        self.params = params
        self.environ = environ
        self.options = options_layer(params)
        self.environment = environment_layer(environ)
        self.profile = None
        self.path = credentials_file_path(environ)

    def first(self, option, layers):
        for layer in layers:
            if layer is not None and layer.get(option) is not None:
                return layer.get(option)
        return None

    def general(self, option):
        """Options win; a profile in use comes next; the environment fills in the rest."""
        return self.first(option, (self.options, self.profile, self.environment))

    def requested_source(self):
        """auth_source from the task, else ANSIBLE_AZURE_AUTH_SOURCE (as azure.azcollection), else auto."""
        auth_source, origin = self.params.get("auth_source"), "auth_source"
        if not auth_source and self.environ.get(AUTH_SOURCE_VARIABLE):
            auth_source, origin = self.environ[AUTH_SOURCE_VARIABLE].strip(), "environment variable " + AUTH_SOURCE_VARIABLE
        auth_source = auth_source or "auto"
        if auth_source not in AUTH_SOURCES:
            raise AuthConfigError(
                "auth_source '%s' (from %s) is not supported; use one of: %s."
                % (auth_source, origin, ", ".join(AUTH_SOURCES))
            )
        return auth_source

    def refuse_user_password(self, layer):
        given = [layer.get(option).origin for option in USER_PASSWORD_OPTIONS if layer.get(option) is not None]
        if given:
            raise AuthConfigError(USER_PASSWORD_REFUSED % " and ".join(given))

    def choose_source(self):
        auth_source = self.requested_source()
        self.refuse_user_password(self.options)
        credential_options = [option for _kind, option in CREDENTIAL_OPTIONS]
        if auth_source == "env" and not self.environment.has_any(credential_options):
            self.refuse_user_password(self.environment)
        if auth_source != "auto":
            return auth_source
        if self.options.has_any(credential_options):
            return "options"
        if self.options.get("profile") or self.environment.get("profile"):
            return "credential_file"
        if self.environment.has_any(credential_options):
            return "env"
        # AWX's Azure credential without a client id sets AZURE_AD_USER / AZURE_PASSWORD: falling through to another
        # identity (a default profile, a managed identity, the CLI's user) would sign in as somebody else.
        self.refuse_user_password(self.environment)
        if default_profile_exists(self.path):
            return "credential_file"
        if managed_identity_endpoint_present(self.environ):
            return "msi"
        if azure_cli_on_path(self.environ):
            return "cli"
        raise AuthConfigError(
            "No Azure credentials found. Set client_id, tenant and secret (or x509_certificate_path) in the task "
            "or in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET; or add a [default] profile to %s; "
            "or set auth_source to msi, cli or workload_identity." % self.path
        )

    def load_profile(self):
        named = self.first("profile", (self.options, self.environment))
        if named is None:
            named = Setting("default", "the default profile name")
        self.profile = profile_layer(self.path, named.value, named.origin)

    def credential_kind(self, auth_source):
        if auth_source in ("msi", "cli", "workload_identity"):
            self._refuse_unused_credentials(auth_source)
            return auth_source
        layer = {"options": self.options, "env": self.environment, "credential_file": self.profile}[auth_source]
        given = [(kind, option) for kind, option in CREDENTIAL_OPTIONS if self.options.get(option) is not None]
        if len(given) > 1:
            raise AuthConfigError(
                "Options %s were all given; set only one kind of credential."
                % " and ".join(option for _kind, option in given)
            )
        if given:
            return given[0][0]
        for kind, option in CREDENTIAL_OPTIONS:
            if layer.get(option) is not None:
                return kind
        if auth_source == "env":
            raise AuthConfigError(
                "auth_source is env but no credential is in the environment: set AZURE_CLIENT_SECRET (or "
                "AZURE_SECRET), AZURE_CLIENT_CERTIFICATE_PATH or AZURE_FEDERATED_TOKEN_FILE, with AZURE_CLIENT_ID "
                "and AZURE_TENANT_ID."
            )
        raise AuthConfigError(
            "The %s has neither secret nor x509_certificate_path; add one of them (with client_id and tenant)."
            % self.profile.name
        )

    def _refuse_unused_credentials(self, auth_source):
        """A secret or certificate in the task that the chosen source would ignore is a mistake worth naming."""
        unused = [option for option in ("secret", "x509_certificate_path") if self.options.get(option) is not None]
        if auth_source != "workload_identity" and self.options.get("federated_token_file") is not None:
            unused.append("federated_token_file")
        if unused:
            raise AuthConfigError(
                "auth_source is %s, which does not use %s. Remove %s, or set auth_source to auto."
                % (auth_source, " or ".join(unused), "them" if len(unused) > 1 else "it")
            )

    def credential_value(self, option, auth_source):
        """Secrets come from the task's options or from the one source chosen, never mixed in from elsewhere."""
        source_layer = {"env": self.environment, "credential_file": self.profile}.get(auth_source)
        if auth_source == "workload_identity":
            source_layer = self.environment
        return self.first(option, (self.options, source_layer))


def _require(setting, option, why):
    if setting is None:
        names = ENVIRONMENT_VARIABLES.get(option, ())
        where = "option %s" % option
        if names:
            where += " or environment variable " + " / ".join(names)
        raise AuthConfigError("%s is required%s: set %s." % (option, " " + why if why else "", where))
    return setting.value


def _readable_file(setting, option):
    path = os.path.expanduser(str(setting.value))
    if not os.path.isfile(path):
        raise AuthConfigError("%s %s (from %s) does not exist or is not a file." % (option, path, setting.origin))
    if not os.access(path, os.R_OK):
        raise AuthConfigError("%s %s (from %s) is not readable by this user." % (option, path, setting.origin))
    return path


def _url(setting, option):
    try:
        return normalize_url(str(setting.value), with_trailing_slash=(option == "resource_manager_endpoint"))
    except ValueError:
        raise AuthConfigError(
            "%s '%s' (from %s) is not an https URL." % (option, setting.value, setting.origin)
        ) from None


def _cloud(cloud_setting, connection_verify, read_metadata):
    """The Cloud that cloud_environment names: a known cloud, or (Azure Stack Hub) the Resource Manager URL whose
    metadata, read with `read_metadata(url, verify)`, gives the authority and the audience."""
    if cloud_setting is None:
        return CLOUDS[DEFAULT_CLOUD]
    value = str(cloud_setting.value).strip()
    if "://" not in value:
        cloud = find_cloud(value)
        if cloud is None:
            raise AuthConfigError(
                "cloud_environment '%s' (from %s) is unknown; use one of %s, the Resource Manager URL of an Azure "
                "Stack Hub (its metadata names the authority and the audience), or set resource_manager_endpoint "
                "and authority_host for another custom cloud." % (value, cloud_setting.origin, ", ".join(CLOUDS))
            )
        return cloud
    try:
        endpoint = normalize_url(value, with_trailing_slash=True)
    except ValueError:
        raise AuthConfigError("cloud_environment '%s' (from %s) is not an https URL." % (value, cloud_setting.origin)) \
            from None
    if read_metadata is None:
        raise AuthConfigError("cloud_environment '%s' (from %s) is a URL, whose metadata cannot be read here: set "
                              "resource_manager_endpoint, resource_manager_audience and authority_host instead."
                              % (value, cloud_setting.origin))
    authority, audience = read_metadata(endpoint, connection_verify, cloud_setting.origin)
    return Cloud(endpoint, endpoint, scope_from_audience(audience), authority)


def _endpoints(resolver, connection_verify, read_metadata):
    cloud = _cloud(resolver.general("cloud_environment"), connection_verify, read_metadata)
    endpoint_setting = resolver.general("resource_manager_endpoint")
    endpoint = _url(endpoint_setting, "resource_manager_endpoint") if endpoint_setting else cloud.resource_manager_endpoint
    audience_setting = resolver.first("resource_manager_audience", (resolver.options, resolver.profile))
    if audience_setting is not None:
        scope = scope_from_audience(str(audience_setting.value))
    elif endpoint_setting is not None:
        scope = default_scope_for(endpoint)
    else:
        scope = cloud.credential_scope
    authority_setting = resolver.general("authority_host")
    authority = _url(authority_setting, "authority_host") if authority_setting else cloud.authority_host
    # One form whether the authority was given or read from Azure Stack Hub's metadata: AD FS's /adfs dropped.
    return cloud.name, endpoint, scope, identity_authority(authority)


def _connection_verify(resolver, warnings):
    validate_certs = resolver.params.get("validate_certs")
    mode = resolver.general("cert_validation_mode")
    if mode is not None and str(mode.value).strip().lower() not in CERT_VALIDATION_MODES:
        raise AuthConfigError("cert_validation_mode '%s' (from %s) is not one of %s."
                              % (mode.value, mode.origin, ", ".join(CERT_VALIDATION_MODES)))
    ignored_by = None
    if validate_certs is False:
        ignored_by = "validate_certs is false"
    elif mode is not None and str(mode.value).strip().lower() == "ignore":
        ignored_by = "cert_validation_mode is ignore (from %s)" % mode.origin
    if ignored_by:
        warnings.append(
            "%s: TLS certificates of Azure Resource Manager and Microsoft Entra ID are not verified, so credentials "
            "and tokens can be intercepted. Use ca_bundle instead." % ignored_by
        )
        return False
    ca_setting = resolver.general("ca_bundle")
    if ca_setting is None:
        return True
    path = os.path.expanduser(str(ca_setting.value))
    if not os.path.exists(path):
        raise AuthConfigError(
            "ca_bundle %s (from %s) does not exist; point it at a PEM file of trusted CA certificates."
            % (path, ca_setting.origin)
        )
    return path


def _flag(setting, option):
    if setting is None or isinstance(setting.value, bool):
        return bool(setting and setting.value)
    word = str(setting.value).strip().lower()
    if word not in TRUE_WORDS + FALSE_WORDS:
        raise AuthConfigError("%s '%s' (from %s) is not true or false." % (option, setting.value, setting.origin))
    return word in TRUE_WORDS


def _thumbprint(resolver, kind):
    """The certificate thumbprint to check (hex, upper case), from the task or the profile in use.

    azure.azcollection asks for it next to x509_certificate_path; here the certificate file itself gives it, so a
    thumbprint is only checked against the file. One without a certificate is refused, never ignored.
    """
    setting = resolver.first("thumbprint", (resolver.options, resolver.profile))
    if setting is None and kind == "certificate":
        setting = resolver.environment.get("thumbprint")
    if setting is None:
        return None
    if kind != "certificate":
        raise AuthConfigError("thumbprint (from %s) belongs to a client certificate, but the credential is not "
                              "one: remove it, or set x509_certificate_path." % setting.origin)
    return "".join(ch for ch in str(setting.value) if ch.isalnum()).upper()


def resolve_settings(params, environ, read_metadata=None):
    """The AuthSettings for module `params` (AUTH_ARGSPEC keys) in the environment `environ`.

    `read_metadata(url, verify, origin) -> (authority, audience)` reads an Azure Stack Hub's cloud metadata when
    cloud_environment is a URL (_auth_discovery.read_cloud_metadata); without it such a value is refused.
    Raises AuthConfigError with a message naming what to fix.
    """
    resolver = _Resolver(params, environ)
    auth_source = resolver.choose_source()
    if auth_source == "credential_file":
        resolver.load_profile()
    kind = resolver.credential_kind(auth_source)

    client_id = resolver.general("client_id")
    tenant = resolver.general("tenant")
    secret = certificate_path = certificate_password = token_file = None
    if kind == "secret":
        secret = _require(resolver.credential_value("secret", auth_source), "secret", "")
        client_id = _require(client_id, "client_id", "with a client secret")
        tenant = _require(tenant, "tenant", "with a client secret")
    elif kind == "certificate":
        path_setting = resolver.credential_value("x509_certificate_path", auth_source)
        certificate_path = _readable_file(path_setting, "x509_certificate_path")
        password_setting = resolver.credential_value("x509_certificate_password", auth_source)
        certificate_password = password_setting.value if password_setting else None
        client_id = _require(client_id, "client_id", "with a client certificate")
        tenant = _require(tenant, "tenant", "with a client certificate")
    elif kind == "workload_identity":
        token_setting = resolver.credential_value("federated_token_file", auth_source)
        _require(token_setting, "federated_token_file", "for workload identity")
        token_file = _readable_file(token_setting, "federated_token_file")
        client_id = _require(client_id, "client_id", "for workload identity")
        tenant = _require(tenant, "tenant", "for workload identity")
    else:  # msi and cli: client_id selects a user-assigned identity, tenant a tenant of the CLI login
        client_id = client_id.value if client_id else None
        tenant = tenant.value if tenant else None

    subscription = resolver.general("subscription_id")
    if subscription is None and kind not in ("cli", "msi"):
        _require(None, "subscription_id", "")

    warnings = []
    connection_verify = _connection_verify(resolver, warnings)
    cloud_name, endpoint, scope, authority = _endpoints(resolver, connection_verify, read_metadata)
    return AuthSettings(
        auth_source=auth_source,
        credential_kind=kind,
        # None only for the Azure CLI (its profile then names the default subscription, what `az account show`
        # prints) and managed identity (the only subscription it can see, as azure.azcollection does).
        subscription_id=str(subscription.value) if subscription else None,
        client_id=str(client_id) if client_id else None,
        tenant=str(tenant) if tenant else None,
        secret=secret,
        certificate_path=certificate_path,
        certificate_password=certificate_password,
        federated_token_file=token_file,
        cloud_name=cloud_name,
        resource_manager_endpoint=endpoint,
        credential_scope=scope,
        authority_host=authority,
        custom_authority=not is_known_authority(authority),
        disable_instance_discovery=_flag(resolver.general("disable_instance_discovery"), "disable_instance_discovery"),
        certificate_thumbprint=_thumbprint(resolver, kind),
        connection_verify=connection_verify,
        warnings=warnings,
    )
