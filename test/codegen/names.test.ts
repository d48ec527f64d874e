/**
 * Names are public API: our casing must equal codemaker's (what `cdktf get`
 * uses) for every Terraform name, including digits, repeated underscores and
 * the odd uppercase letter.
 */
import { camelCase, pascalCase, snakeCase } from '../../src/codegen/cdktf/names';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const codemaker = require('codemaker') as {
  toCamelCase(s: string): string;
  toPascalCase(s: string): string;
  toSnakeCase(s: string): string;
};

const NAMES = [
  'id',
  'a',
  'oauth_client_id',
  'agent_ended_session_routing',
  'data_zendesk_messaging_settings',
  'zendesk_provider',
  'ipv6_address',
  'ipv6address',
  'bgp_ipv6state',
  'ip_v4',
  'a1b2_c3',
  'x509_cert',
  's3_bucket_2',
  'double__underscore',
  '_leading',
  'trailing_',
  'with-dash',
  'dotted.name',
  'camelCaseName',
  'HTTPServerURL',
  'already_PascalCase',
  'tls_v1_2_only',
  'messaging_settings_inactivity_reminders',
];

describe('identifier casing equals codemaker (cdktf get)', () => {
  it.each(NAMES)('%s', (name) => {
    expect({ camel: camelCase(name), pascal: pascalCase(name), snake: snakeCase(name) }).toEqual({
      camel: codemaker.toCamelCase(name),
      pascal: codemaker.toPascalCase(name),
      snake: codemaker.toSnakeCase(name),
    });
  });
});
