/**
 * The construct library exports every generated binding, under the names of
 * the contract, from the package root (and therefore from
 * `cdktf-zendesk-messaging/cdktn`, which is derived from it). A binding
 * generated for a new resource fails here until src/constructs/index.ts
 * re-exports it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformDataSource, TerraformResource } from 'cdktf';
import { zendeskSchemaDocument } from '../../src/codegen/generate';
import { PROVIDER_ADDRESS } from '../../src/provider/address';
import * as library from '../../src/constructs';
import * as root from '../../src';

const genDir = join(__dirname, '..', '..', 'src', 'constructs', 'gen');
const folders = readdirSync(genDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('construct library exports', () => {
  it.each(folders)('re-exports everything of the generated %s binding', (folder) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(join(genDir, folder)) as Record<string, unknown>;
    const missing = Object.keys(generated).filter((name) => (library as Record<string, unknown>)[name] !== generated[name]);
    expect({ folder, missing }).toEqual({ folder, missing: [] });
  });

  it('exports the contract names from the package root', () => {
    expect(root.ZendeskProvider.tfResourceType).toBe('zendesk');
    expect(root.MessagingSettings.tfResourceType).toBe('zendesk_messaging_settings');
    expect(root.DataZendeskMessagingSettings.tfResourceType).toBe('zendesk_messaging_settings');
  });

  it('has a class for every resource and data source of the provider schema', () => {
    const schema = zendeskSchemaDocument().provider_schemas[PROVIDER_ADDRESS];
    // A binding class: a constructor with the static tfResourceType of cdktf's generated classes.
    const classes = Object.values(library as Record<string, unknown>).filter(
      (v): v is { tfResourceType: string; prototype: object } => typeof v === 'function' && 'tfResourceType' in v,
    );
    const bound = (base: abstract new (...args: never[]) => object, type: string) =>
      classes.some((c) => c.tfResourceType === type && c.prototype instanceof base);
    const missing = [
      ...Object.keys(schema.resource_schemas).filter((type) => !bound(TerraformResource, type)).map((t) => `resource ${t}`),
      ...Object.keys(schema.data_source_schemas).filter((type) => !bound(TerraformDataSource, type)).map((t) => `data source ${t}`),
    ];
    expect(missing).toEqual([]);
  });
});
