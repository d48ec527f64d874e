/**
 * Stands in for the `follow-redirects` package in the bundled client (see
 * scripts/build.mjs). axios reaches it only when redirects are followed; the
 * client never follows one (maxRedirects: 0, src/client/transport.ts: a
 * redirect to another host must not carry the Authorization header), so axios
 * uses node:http/https directly. Loading the real package at axios' first use
 * also loads `debug` and `supports-color`, which wake tty, os, assert and
 * process.stderr: ~25 ms of the first request in every configured provider.
 */
const refused = {
  request(): never {
    throw new Error('the Zendesk admin API client never follows redirects (maxRedirects is 0)');
  },
  get(): never {
    throw new Error('the Zendesk admin API client never follows redirects (maxRedirects is 0)');
  },
};

export default { http: refused, https: refused };
