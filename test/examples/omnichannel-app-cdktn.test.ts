/**
 * examples/omnichannel-app on cdktn: the app's main.ts with `cdktn` in place of `cdktf` and
 * `cdktf-zendesk-messaging/cdktn` in place of `cdktf-zendesk-messaging` (as its header says), in a consumer project
 * (node_modules links, as `npm install` would make them). It type-checks against the cdktn variant's types and
 * synthesizes the same Terraform JSON as on cdktf, which test/examples/omnichannel-app.test.ts plans and applies.
 * Needs `npm run build` (dist/cdktn).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const MAIN = readFileSync(join(ROOT, 'examples', 'omnichannel-app', 'main.ts'), 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ADOPTED = '5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da';

const onCdktn = (source: string) => source.replace("from 'cdktf';", "from 'cdktn';").replace("from 'cdktf-zendesk-messaging';", "from 'cdktf-zendesk-messaging/cdktn';");

describe('examples/omnichannel-app on cdktn', () => {
  let consumer: { dir: string; cleanup: () => void };

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cdktn', 'index.js'))) throw new Error('dist/cdktn is missing: run `npm run build` first (npm test does).');
    consumer = makeTempDir('omnichannel-cdktn');
    mkdirSync(join(consumer.dir, 'node_modules'));
    symlinkSync(ROOT, join(consumer.dir, 'node_modules', 'cdktf-zendesk-messaging'), 'dir');
    for (const dep of ['cdktf', 'cdktn', 'constructs']) symlinkSync(join(ROOT, 'node_modules', dep), join(consumer.dir, 'node_modules', dep), 'dir');
    for (const [name, source] of [['cdktf', MAIN], ['cdktn', onCdktn(MAIN)]]) {
      writeFileSync(join(consumer.dir, `${name}.ts`), source);
      writeFileSync(join(consumer.dir, `${name}.js`), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText);
    }
  });
  afterAll(() => consumer?.cleanup());

  const synth = async (framework: 'cdktf' | 'cdktn'): Promise<Json> => {
    const outdir = join(consumer.dir, `out-${framework}`);
    // With LANGUAGE_SKILL_TYPE_ID the app adopts a skill type by an import block (importFrom), on both frameworks.
    const env = { ...process.env, CDKTF_OUTDIR: outdir, MESSAGING_STATE_DIR: consumer.dir, ZENDESK_API_ROOT: 'http://127.0.0.1:8080', LANGUAGE_SKILL_TYPE_ID: ADOPTED };
    await promisify(execFile)(process.execPath, [`${framework}.js`], { cwd: consumer.dir, env });
    return JSON.parse(readFileSync(join(outdir, 'stacks', 'routing', 'cdk.tf.json'), 'utf8'));
  };

  it('rewrites both imports', () => {
    expect(onCdktn(MAIN)).toContain("from 'cdktn';");
    expect(onCdktn(MAIN)).toContain("from 'cdktf-zendesk-messaging/cdktn';");
  });

  it('synthesizes the same Terraform JSON as on cdktf', async () => {
    const [cdktf, cdktn] = await Promise.all([synth('cdktf'), synth('cdktn')]);
    expect(cdktn['//'].metadata.version).toBe('0.24.0'); // cdktn's, not cdktf's 0.21.0
    for (const json of [cdktf, cdktn]) delete json['//'].metadata.version;
    expect(cdktn).toEqual(cdktf);
    expect(Object.keys(cdktn.resource).sort()).toEqual([
      'zendesk_capacity_rule', 'zendesk_custom_ticket_status', 'zendesk_omnichannel_queue', 'zendesk_omnichannel_queue_order', 'zendesk_routing_attribute',
      'zendesk_routing_attribute_value', 'zendesk_routing_configuration',
    ]); // prettier-ignore
    expect(cdktn.import).toEqual([{ to: expect.stringMatching(/^zendesk_routing_attribute\.Acme_SkillTypeLanguage_\w+$/), id: ADOPTED, provider: 'zendesk' }]);
    const [order] = Object.values(cdktn.resource.zendesk_omnichannel_queue_order) as { queue_ids: string[] }[];
    expect(order.queue_ids).toHaveLength(2);
  });

  it('type-checks against the cdktn variant (package exports, node16 module resolution)', () => {
    const program = ts.createProgram([join(consumer.dir, 'cdktn.ts')], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});
