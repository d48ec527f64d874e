/** The provider's source address (CONTRACT: zendesk-iac/zendesk, local name zendesk). */
export const PROVIDER_NAMESPACE = 'zendesk-iac';
export const PROVIDER_TYPE = 'zendesk';
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
export const PROVIDER_REGISTRY_HOST = 'registry.terraform.io';
export const PROVIDER_ADDRESS = `${PROVIDER_REGISTRY_HOST}/${PROVIDER_SOURCE}`;
