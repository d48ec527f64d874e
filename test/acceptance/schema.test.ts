/**
 * One source of truth: the schema document our CLI prints (and from which docs
 * and CDKTF bindings are generated) is exactly what terraform itself reports
 * for the installed provider.
 */
import { join } from 'node:path';
import { TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS } from '../support/hcl';

it('zendesk-messaging schema --json equals terraform providers schema -json', async () => {
  const ws = new TerraformWorkspace();
  try {
    ws.write({ 'main.tf': REQUIRED_PROVIDERS });
    await ws.init();
    const fromTerraform = await ws.terraform(['providers', 'schema', '-json']);
    expect(fromTerraform.code).toBe(0);
    const cli = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
    const fromCli = await run(process.execPath, [cli, 'schema', '--json'], ws.dir, process.env);
    expect(fromCli.code).toBe(0);
    expect(JSON.parse(fromCli.stdout)).toEqual(JSON.parse(fromTerraform.stdout));
  } finally {
    ws.cleanup();
  }
});
