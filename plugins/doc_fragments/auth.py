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
    type: str
    choices: [auto, env, cli, credential_file, msi, workload_identity]
    default: auto
  subscription_id:
    description:
      - The subscription that holds the resources.
      - Environment variable E(AZURE_SUBSCRIPTION_ID); for O(auth_source=cli) the CLI's default subscription
        (the one C(az account show) prints, read from C(azureProfile.json) in E(AZURE_CONFIG_DIR), default C(~/.azure)) when neither is set.
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
        C(x509_certificate_password), C(cloud_environment), C(resource_manager_endpoint),
        C(resource_manager_audience), C(authority_host) and C(ca_bundle).
      - Environment variable E(AZURE_PROFILE). Without either, the C(default) section is used when
        O(auth_source=credential_file), and by O(auth_source=auto) when the file has one.
      - C(ad_user) and C(password) (user name sign-in) are not supported.
    type: str
  cloud_environment:
    description:
      - The Azure cloud; sets the default O(resource_manager_endpoint), token audience and O(authority_host).
      - Environment variable E(AZURE_CLOUD_ENVIRONMENT).
      - For Azure Stack Hub and other custom clouds set O(resource_manager_endpoint) and O(authority_host)
        instead.
    type: str
    choices: [AzureCloud, AzureChinaCloud, AzureUSGovernment]
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
      - Environment variable E(AZURE_AUTHORITY_HOST).
      - Defaults to the authority of O(cloud_environment). For any other host, instance discovery is
        turned off, because it would ask the public cloud to vouch for a host it does not know.
    type: str
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
