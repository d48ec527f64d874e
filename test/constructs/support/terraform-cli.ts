import { installProvider } from '../../../src/cli/install-provider';
import { makeTempDir } from '../../support/temp';

/**
 * Points the terraform CLI of this test process at a filesystem mirror holding
 * our provider (written by our own installer, as users do), so cdktf's
 * toBeValidTerraform matcher, which runs `terraform init` and `validate` with
 * process.env, finds zendesk-iac/zendesk offline. Needs `npm run build`.
 */
export function useProviderMirror(): () => void {
  const temp = makeTempDir('cdktf-mirror');
  const saved = { TF_CLI_CONFIG_FILE: process.env.TF_CLI_CONFIG_FILE, CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE };
  const installed = installProvider(temp.dir);
  process.env.TF_CLI_CONFIG_FILE = installed.cliConfigPath;
  process.env.CHECKPOINT_DISABLE = '1';
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    temp.cleanup();
  };
}
