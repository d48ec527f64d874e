/**
 * Saved plans (`terraform show -json`) as ONE Markdown pull-request comment:
 * what changes per Zendesk account and setting, in words a support admin
 * understands. The first line is a marker the workflow uses to find and
 * update its own comment instead of adding one per push.
 */
import { PROVIDER_ADDRESS } from '../../provider/address';
import { accountOf } from '../report/accounts';
import type { PlanJson, ResourceChangeJson } from '../report/plan-json';
import type { Note } from '../report/terraform-log';
import { codeSpan, listItemText, outsideText } from '../drift/markdown-text';
import { describeResourceChange, type SummaryLine, titleOf, type Verb, verbOf } from './changes';

export const COMMENT_MARKER = '<!-- zendesk-messaging:plan-summary -->';
/** GitHub rejects comments over 65,536 characters. */
const DEFAULT_MAX_LENGTH = 60_000;

export interface NamedPlan {
  /** The stack or directory the plan belongs to (shown when there is more than one plan). */
  name: string;
  plan: PlanJson;
  /** The provider's warnings from the same `terraform plan -json` run (the saved plan does not keep them). */
  notes?: Note[];
}

export interface SummaryOptions {
  title?: string;
  /** The hidden marker line for finding the comment again (default true; off for terminals). */
  marker?: boolean;
  maxLength?: number;
}

const VERB_ORDER: Verb[] = ['create', 'import', 'import and update', 'update', 'replace', 'forget', 'destroy'];

function changesOf(plan: PlanJson): ResourceChangeJson[] {
  return (plan.resource_changes ?? []).filter((rc) => rc.mode === 'managed' && verbOf(rc) !== 'no change');
}

/** Zendesk resources under their account; anything else (another provider's resources) on its own. */
function groupOf(plan: PlanJson, rc: ResourceChangeJson): string {
  return rc.provider_name === PROVIDER_ADDRESS ? `Account ${outsideText(accountOf(plan, rc.address))}` : 'Other resources';
}

/** The provider's warnings (a dormant setting, a deprecated credential): said under the changes, never counted as one. */
function notesSection(notes: Note[] | undefined, level: string): string[] {
  if (!notes?.length) return [];
  const subject = (n: Note) => codeSpan(n.attribute ? `${n.subject}.${n.attribute}` : n.subject);
  return [`${level} Notes`, '', ...notes.map((n) => `- ⚠️ ${subject(n)}: **${outsideText(n.summary)}**. ${outsideText(n.detail)}`), ''];
}

/** An attribute's line, then what its new value does and any reason it has none, one level down (values from the plan are text, never Markdown). */
function summaryLines(line: SummaryLine): string[] {
  const flat = outsideText;
  return [
    `  - ${listItemText(line.text)}`,
    ...(line.effect ? [`    - Effect: ${flat(line.effect)}`] : []),
    ...(line.warnings ?? []).map((w) => `    - ⚠️ ${flat(w)}`),
  ];
}

function planSection(plan: PlanJson, level: string, notes: Note[] | undefined): string[] {
  const groups = new Map<string, ResourceChangeJson[]>();
  for (const rc of changesOf(plan)) groups.set(groupOf(plan, rc), [...(groups.get(groupOf(plan, rc)) ?? []), rc]);
  const out: string[] = [];
  if (plan.errored) out.push('⚠️ Terraform reported errors while planning: this plan is incomplete.', '');
  if (groups.size === 0) return [...out, 'No changes: Zendesk already matches this configuration.', ''];
  const other = (g: string) => (g === 'Other resources' ? 1 : 0);
  for (const [group, items] of [...groups].sort(([a], [b]) => other(a) - other(b) || a.localeCompare(b))) {
    out.push(`${level} ${group}`, '');
    for (const rc of items) {
      out.push(`- ${titleOf(rc)}: **${verbOf(rc)}**${rc.change.importing?.id ? ` (Zendesk ID ${outsideText(rc.change.importing.id)})` : ''}`);
      for (const line of describeResourceChange(plan, rc, notes)) out.push(...summaryLines(line));
    }
    out.push('');
  }
  return out;
}

function totals(plans: NamedPlan[]): string {
  const counts = new Map<Verb, number>();
  for (const { plan } of plans) for (const rc of changesOf(plan)) counts.set(verbOf(rc), (counts.get(verbOf(rc)) ?? 0) + 1);
  if (counts.size === 0) return '**No changes.**';
  return `**${VERB_ORDER.filter((v) => counts.has(v))
    .map((v) => `${counts.get(v)} to ${v}`)
    .join(', ')}**`;
}

/** Cuts at a line boundary and says so, rather than letting GitHub reject the comment. */
function truncate(markdown: string, maxLength: number): string {
  if (markdown.length <= maxLength) return markdown;
  const note = '\n\n…and more: the summary was cut to fit a GitHub comment. The full plan is in the workflow log.\n';
  const cut = markdown.lastIndexOf('\n', maxLength - note.length);
  return markdown.slice(0, cut) + note;
}

export function renderPlanSummary(input: PlanJson | NamedPlan[], options: SummaryOptions = {}): string {
  const plans = Array.isArray(input) ? input : [{ name: '', plan: input }];
  // The title may come from a pull request's title in a workflow: text, not Markdown.
  const title = options.title === undefined ? 'Zendesk messaging: plan summary' : outsideText(options.title);
  const out = [...(options.marker === false ? [] : [COMMENT_MARKER]), `## ${title}`, '', totals(plans), ''];
  if (plans.length === 1) out.push(...planSection(plans[0].plan, '###', plans[0].notes), ...notesSection(plans[0].notes, '###'));
  else for (const { name, plan, notes } of plans) out.push(`### Stack ${codeSpan(name)}`, '', ...planSection(plan, '####', notes), ...notesSection(notes, '####'));
  const version = plans[0]?.plan.terraform_version;
  out.push(`<sub>Generated by \`zendesk-messaging plan-summary\` from the saved plan${version ? ` (Terraform ${outsideText(version)})` : ''}.</sub>`, '');
  return truncate(out.join('\n'), options.maxLength ?? DEFAULT_MAX_LENGTH);
}
