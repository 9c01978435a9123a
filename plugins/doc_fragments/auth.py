# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:
    # The options of plugins/module_utils/_auth.py AUTH_ARGSPEC, shared by every module of the collection.
    DOCUMENTATION = r"""
options:
  auth_source:
    description:
      - Where the credentials come from.
      - V(auto) picks the first source that is configured, in the order given in the notes.
      - V(env) uses the environment variables listed for O(client_id), O(tenant), O(secret),
        O(x509_certificate_path) and O(federated_token_file).
      - V(credential_file) uses a profile of C(~/.azure/credentials), see O(profile).
      - V(msi) uses the managed identity of the machine (Azure VM, App Service, Functions, Container Apps,
        Arc); set O(client_id) for a user-assigned identity.
      - V(workload_identity) exchanges the federated token in O(federated_token_file) (AKS workload identity,
        GitHub Actions and other CI runners with OIDC) for an Entra ID token.
      - V(cli) uses the login of the Azure CLI (C(az login)) on the Ansible controller.
      - When not set, the environment variable E(ANSIBLE_AZURE_AUTH_SOURCE) (as in azure.azcollection), else V(auto).
    type: str
    choices: [auto, env, cli, credential_file, msi, workload_identity]
  subscription_id:
    description:
      - The subscription that holds the resources.
      - Environment variable E(AZURE_SUBSCRIPTION_ID); for O(auth_source=cli) the CLI's default subscription
        (the one C(az account show) prints, read from C(azureProfile.json) in E(AZURE_CONFIG_DIR), default C(~/.azure)) when neither is set.
      - With a managed identity and neither set, the one subscription the identity can see (C(GET /subscriptions))
        where changes can be made (C(Disabled) and C(Deleted) ones do not count); the module fails naming them
        when it sees several.
    type: str
  tenant:
    description:
      - The Microsoft Entra tenant (directory) id or domain of the service principal or workload identity.
      - Environment variables E(AZURE_TENANT), then E(AZURE_TENANT_ID).
      - Required with O(secret), O(x509_certificate_path) and O(federated_token_file).
    type: str
  client_id:
    description:
      - The application (client) id of the service principal or workload identity, or the client id of a
        user-assigned managed identity when O(auth_source=msi).
      - Environment variable E(AZURE_CLIENT_ID).
    type: str
  secret:
    description:
      - The client secret of the service principal.
      - Environment variables E(AZURE_SECRET), then E(AZURE_CLIENT_SECRET).
      - Not logged (C(no_log)). Prefer Ansible Vault or the environment over plain text in playbooks.
    type: str
  x509_certificate_path:
    description:
      - Path to a PEM file with the client certificate and its RSA private key (or a PKCS12 file), for a
        service principal that authenticates with a certificate instead of a secret.
      - Environment variables E(AZURE_CLIENT_CERTIFICATE_PATH), then E(AZURE_X509_CERTIFICATE_PATH).
      - Mutually exclusive with O(secret) and O(federated_token_file).
    type: path
  x509_certificate_password:
    description:
      - The password of the private key in O(x509_certificate_path), when it is encrypted.
      - Environment variable E(AZURE_CLIENT_CERTIFICATE_PASSWORD).
      - Not logged (C(no_log)).
    type: str
  federated_token_file:
    description:
      - Path to a file holding a federated token (a JWT issued by AKS, GitHub Actions, GitLab and so on)
        that Entra ID trusts for the application O(client_id) in O(tenant). The file is read again when the
        token is renewed, so rotating tokens keep working.
      - Environment variable E(AZURE_FEDERATED_TOKEN_FILE), set by the AKS workload identity webhook.
    type: path
  profile:
    description:
      - A section of the INI file C(~/.azure/credentials), in the format of azure.azcollection. Its keys are
        C(subscription_id), C(client_id), C(secret), C(tenant), C(x509_certificate_path),
        C(x509_certificate_password), C(thumbprint), C(cloud_environment), C(resource_manager_endpoint),
        C(resource_manager_audience), C(authority_host) (or C(adfs_authority_url)), C(ca_bundle),
        C(cert_validation_mode) and C(disable_instance_discovery).
      - Environment variable E(AZURE_PROFILE). Without either, the C(default) section is used when
        O(auth_source=credential_file), and by O(auth_source=auto) when the file has one.
      - A profile with C(ad_user) or C(password) (user name sign-in) is refused, see O(ad_user); so is a profile
        with any other key, so that no setting is silently ignored.
    type: str
  cloud_environment:
    description:
      - The Azure cloud; sets the default O(resource_manager_endpoint), token audience and O(authority_host).
      - One of V(AzureCloud), V(AzureChinaCloud) and V(AzureUSGovernment); or, for Azure Stack Hub, its Resource
        Manager URL (for example V(https://management.local.azurestack.external)), whose metadata
        (C(<url>/metadata/endpoints)) gives the authority and the token audience (one request more, before the first).
      - Environment variable E(AZURE_CLOUD_ENVIRONMENT).
      - For other custom clouds set O(resource_manager_endpoint) and O(authority_host) instead.
    type: str
  resource_manager_endpoint:
    description:
      - The Azure Resource Manager URL, for Azure Stack Hub, a proxy or the collection's local emulator.
        The token audience is then the origin of this URL unless O(resource_manager_audience) is set.
      - Environment variable E(AZURE_RESOURCE_MANAGER_ENDPOINT).
      - Defaults to the endpoint of O(cloud_environment), for example C(https://management.azure.com/).
    type: str
  resource_manager_audience:
    description:
      - The token audience of a custom O(resource_manager_endpoint), as published by Azure Stack Hub at
        C(<endpoint>/metadata/endpoints?api-version=2015-01-01) under C(authentication.audiences).
    type: str
  authority_host:
    description:
      - The Microsoft Entra ID (or AD FS) authority, for example C(https://login.microsoftonline.com).
      - For AD FS (O(tenant=adfs)), the AD FS host; a trailing C(/adfs), as in azure.azcollection's
        C(https://adfs.<region>.<fqdn>/adfs), is dropped, because azure-identity appends the tenant C(adfs) itself.
      - Environment variables E(AZURE_ADFS_AUTHORITY_URL), then E(AZURE_AUTHORITY_HOST).
      - O(adfs_authority_url) is azure.azcollection's name for it.
      - Defaults to the authority of O(cloud_environment). For any other host, instance discovery is
        turned off, because it would ask the public cloud to vouch for a host it does not know.
    type: str
    aliases: [adfs_authority_url]
  ca_bundle:
    description:
      - A PEM file of CA certificates to trust for Resource Manager, Entra ID and managed identity
        endpoints, instead of the system's.
      - Environment variables E(PRIVATELINK_AZURE_CA_BUNDLE), then E(REQUESTS_CA_BUNDLE).
    type: path
  validate_certs:
    description:
      - Verify TLS certificates.
      - Setting this to V(false) is dangerous, because anyone on the network path can then read the
        credentials and tokens. Use O(ca_bundle) for private CAs instead. There is no environment variable
        for it on purpose.
    type: bool
    default: true
  cert_validation_mode:
    description:
      - azure.azcollection's switch for TLS verification; V(ignore) is the same as O(validate_certs=false) (with
        the same warning), V(validate) changes nothing.
      - Environment variable E(AZURE_CERT_VALIDATION_MODE).
    type: str
    choices: [validate, ignore]
  thumbprint:
    description:
      - The SHA-1 thumbprint of the certificate in O(x509_certificate_path) (hex, as the portal shows it). The
        certificate file itself is what signs in; a thumbprint that is not that of the file is refused before any
        request, and so is a thumbprint without a certificate.
      - Environment variable E(AZURE_THUMBPRINT) (checked only when a certificate is used).
    type: str
  disable_instance_discovery:
    description:
      - Do not ask the public cloud to vouch for the authority (instance discovery). It is always off for an
        O(authority_host) that is not one of the known clouds' (Azure Stack Hub, private clouds).
      - Environment variable E(AZURE_DISABLE_INSTANCE_DISCOVERY).
    type: bool
    default: false
  ad_user:
    description:
      - Not supported, accepted so that it is refused with a reason rather than ignored. User name and password
        sign-in cannot pass multifactor authentication, which Azure now enforces for Resource Manager, and
        azure-identity deprecates it. Use a service principal, workload identity, managed identity or the Azure CLI.
      - Environment variable E(AZURE_AD_USER) (what AWX's Azure credential sets when it has a user name instead of
        a client id) is refused too, unless a client secret, certificate or federated token is in the environment.
    type: str
  password:
    description:
      - Not supported, like O(ad_user). Environment variable E(AZURE_PASSWORD).
    type: str
notes:
  - "Precedence with O(auth_source=auto): (1) a credential given as a module option (O(secret),
    O(x509_certificate_path) or O(federated_token_file)); (2) O(profile) or E(AZURE_PROFILE);
    (3) a credential in the environment (E(AZURE_CLIENT_SECRET) or E(AZURE_SECRET), then
    E(AZURE_CLIENT_CERTIFICATE_PATH), then E(AZURE_FEDERATED_TOKEN_FILE)); (4) the C(default) profile of
    C(~/.azure/credentials); (5) a managed identity endpoint announced by E(IDENTITY_ENDPOINT) and
    E(IDENTITY_HEADER) (or E(MSI_ENDPOINT)); (6) the Azure CLI when C(az) is on E(PATH). Managed identity
    through the VM metadata service (IMDS) cannot be detected without a network probe: set
    O(auth_source=msi) for it."
  - "Whatever the source, a value given as a module option wins over the same value from a profile or the
    environment, and a profile in use wins over the environment. Secrets and certificate passwords are only
    taken from the options or the one source chosen, never combined from several."
  - "Use C(module_defaults) with C(group/privatelink.azure.pec) to set these options once for all modules of
    the collection; see docs/authentication.md."
requirements:
  - azure-identity >= 1.16.0
"""
