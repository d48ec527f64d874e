/**
 * Stands in for the `form-data` package in the bundled client (see
 * scripts/build.mjs). axios imports form-data for multipart bodies, which pulls
 * mime-types and mime-db (~160 KB) into every provider process that talks to
 * Zendesk; the admin API client only ever sends JSON, so the real package is
 * dead weight on the provider's start-up path.
 */
export default class FormDataNotSupported {
  constructor() {
    throw new Error('multipart/form-data bodies are not supported by the Zendesk admin API client');
  }
}
