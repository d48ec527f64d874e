/**
 * Terraform's machine-readable UI (`terraform plan -json`): one JSON object
 * per line. The saved plan (`terraform show -json`) carries no diagnostics, so
 * the warnings a provider raised while planning (a dormant setting, a
 * deprecated credential) are read from here.
 */
import { PROVIDER_ADDRESS, PROVIDER_TYPE } from '../../provider/address';

export interface TerraformDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  /** The resource the diagnostic is about, when Terraform knows it. */
  address?: string;
  /** The configuration line Terraform points at (its snippet), e.g. `agent_ended_session_routing = "email"`. */
  code?: string;
  /** The block around it, e.g. `resource "zendesk_messaging_settings" "this"` or `provider "zendesk"`. */
  context?: string;
  /** `main.tf:13`. */
  location?: string;
}

/** A note for a report: a provider warning about a resource (or the provider block), not drift. */
export interface Note {
  /** The resource address, or `provider "zendesk"` for the provider block. */
  subject: string;
  /** The attribute the warning points at, when its configuration line names one. */
  attribute?: string;
  summary: string;
  detail: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The messages of a `-json` log; lines that are not JSON objects (a wrapper's own output) are skipped. */
function messages(log: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const message: unknown = JSON.parse(line);
      if (isObject(message)) out.push(message);
    } catch {
      // not a message of terraform's
    }
  }
  return out;
}

/** The counts of terraform's closing `change_summary` line ("Plan: 1 to add, 0 to change, 0 to destroy."). */
export interface ChangeSummary {
  add: number;
  change: number;
  remove: number;
  import: number;
}

/** What a plan's log tells without the saved plan: the managed resources refreshed, drift, and the plan's counts. */
export interface PlanLog {
  diagnostics: TerraformDiagnostic[];
  /** Addresses of the managed resources terraform refreshed (refresh_complete), in order. */
  refreshed: string[];
  /** The plan's closing counts; absent when terraform printed none, i.e. the log holds no plan to trust. */
  summary?: ChangeSummary;
  /** Root outputs the plan changes (terraform's `outputs` message with an action other than no-op). */
  changedOutputs: string[];
}

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

function changeSummaryOf(all: Record<string, unknown>[]): ChangeSummary | undefined {
  const message = all.find((m) => m.type === 'change_summary' && isObject(m.changes) && m.changes.operation === 'plan');
  const changes = message && isObject(message.changes) ? message.changes : undefined;
  if (!changes) return undefined;
  const [add, change, remove, imported = 0] = [changes.add, changes.change, changes.remove, changes.import].map(count);
  return add === undefined || change === undefined || remove === undefined ? undefined : { add, change, remove, import: imported };
}

export function parsePlanLog(log: string): PlanLog {
  const all = messages(log);
  const refreshed: string[] = [];
  const changedOutputs: string[] = [];
  for (const m of all) {
    const resource = m.type === 'refresh_complete' && isObject(m.hook) && isObject(m.hook.resource) ? m.hook.resource : undefined;
    if (resource && typeof resource.addr === 'string' && !String(resource.resource ?? '').startsWith('data.')) refreshed.push(resource.addr);
    if (m.type === 'outputs' && isObject(m.outputs)) {
      for (const [name, o] of Object.entries(m.outputs)) if (isObject(o) && typeof o.action === 'string' && o.action !== 'noop') changedOutputs.push(name);
    }
  }
  return {
    diagnostics: diagnosticsOf(all),
    refreshed: [...new Set(refreshed)],
    summary: changeSummaryOf(all),
    changedOutputs,
  };
}

/** Whether a plan's counts hold any change (imports count: `terraform plan -detailed-exitcode` exits 2 for them). */
export const hasChanges = (s: ChangeSummary) => s.add + s.change + s.remove + s.import > 0;

/** Every diagnostic in a `-json` log. */
export function parseDiagnostics(log: string): TerraformDiagnostic[] {
  return diagnosticsOf(messages(log));
}

function diagnosticsOf(all: Record<string, unknown>[]): TerraformDiagnostic[] {
  const out: TerraformDiagnostic[] = [];
  for (const message of all) {
    if (message.type !== 'diagnostic' || !isObject(message.diagnostic)) continue;
    const d = message.diagnostic;
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    const range = isObject(d.range) ? d.range : undefined;
    const start = range && isObject(range.start) ? range.start : undefined;
    const snippet = isObject(d.snippet) ? d.snippet : undefined;
    out.push({
      severity: d.severity,
      summary: str(d.summary) ?? '',
      detail: str(d.detail) ?? '',
      address: str(d.address),
      code: str(snippet?.code)?.trim(),
      context: str(snippet?.context),
      location: range && str(range.filename) ? `${range.filename}${start && typeof start.line === 'number' ? `:${start.line}` : ''}` : undefined,
    });
  }
  return out;
}

/** Diagnostics as terraform prints them in a terminal, for error messages that quote terraform. */
export function diagnosticsText(diagnostics: TerraformDiagnostic[]): string {
  return diagnostics
    .map((d) => {
      const where = d.location ? `\n\n  on ${d.location}${d.context ? `, in ${d.context}` : ''}:\n  ${d.code ?? ''}` : '';
      return `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}${where}${d.detail ? `\n\n${d.detail}` : ''}`;
    })
    .join('\n\n');
}

const OUR_RESOURCE = new RegExp(`^(?:.*\\.)?(?:data\\.)?${PROVIDER_TYPE}_[a-z0-9_]+\\.`);
const OUR_PROVIDER = /^(?:module\.[^.]+\.)*provider\["([^"]+)"\](?:\.([A-Za-z0-9_-]+))?$/;

/** What a diagnostic is about, when it is one of ours: a resource address, or `provider "zendesk"` (with its alias). */
function subjectOf(d: TerraformDiagnostic): string | undefined {
  if (!d.address) return undefined;
  if (OUR_RESOURCE.test(d.address)) return d.address;
  const provider = OUR_PROVIDER.exec(d.address);
  if (provider && provider[1] === PROVIDER_ADDRESS) return `provider "${PROVIDER_TYPE}"${provider[2] ? ` (alias ${provider[2]})` : ''}`;
  return undefined;
}

/**
 * The warnings of this provider worth a note in a report: those about one of
 * its resources (a dormant setting) or about its provider configuration (a
 * deprecated credential). Other providers' warnings and Terraform's own stay
 * out. Each note once, however many RPCs raised it.
 */
export function providerNotes(diagnostics: TerraformDiagnostic[]): Note[] {
  const notes = new Map<string, Note>();
  for (const d of diagnostics) {
    const subject = d.severity === 'warning' ? subjectOf(d) : undefined;
    if (!subject) continue;
    const attribute = /^([a-z_][a-z0-9_]*)\s*=/.exec(d.code ?? '')?.[1];
    const note: Note = { subject, ...(attribute ? { attribute } : {}), summary: d.summary, detail: d.detail };
    notes.set(JSON.stringify(note), note);
  }
  return [...notes.values()];
}
