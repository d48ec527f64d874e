/**
 * What terraform printed, quoted for a message that says its output could not
 * be read as a plan: the first lines of its output, control characters
 * replaced, so a user sees what ran in terraform's place (a wrapper, a stub).
 */
import type { TerraformResult } from '../terraform-exec';

const MAX_LINES = 5;
const MAX_CHARS = 400;

export function whatTerraformPrinted(result: TerraformResult): string {
  const text = `${result.stdout}\n${result.stderr}`
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  if (!text.length) return 'It printed nothing. Check which `terraform` is first on PATH (`command -v terraform`) and that it runs.';
  const shown = text.slice(0, MAX_LINES).join('\n').slice(0, MAX_CHARS);
  const more = text.length > MAX_LINES || shown.length === MAX_CHARS ? '\n…' : '';
  return `It printed:\n${shown}${more}\nCheck which \`terraform\` is first on PATH (\`command -v terraform\`) and that it is Terraform 1.x.`;
}
