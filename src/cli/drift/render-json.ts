/**
 * The JSON drift report, version 5. The schema below is the contract for
 * scripts that read it: fields are only ever added in a new version, never
 * renamed or removed within one. `zendesk-messaging drift --json-schema`
 * prints it. Version 2 = version 1 + `notes` on each directory (the
 * provider's warnings, e.g. a dormant setting); version 3 = version 2 +
 * `changedBy` on each drifted attribute and resource (who made the change and
 * when, from Zendesk's audit log, or null) and `attribution` on each directory
 * (accounts whose drift the audit log could not attribute, e.g. without Zendesk
 * Enterprise); version 4 = version 3 + `adminCenter` and `helpArticle` on each drifted
 * attribute (where an admin changes it back, from the attribute map, or null) and `accounts` on each directory (the
 * accounts it talks to, whether each is a sandbox and what it manages there, for the fleet view; empty when not
 * looked up); version 5 = version 4 + `cause` on each drifted attribute (outside: changed in Zendesk;
 * configuration: a configuration change not applied yet) and the actions create, destroy and replace, since drift
 * reports what the plan would change rather than what changed outside Terraform. Every version 1 to 4 field is
 * unchanged.
 */
import { VERSION } from '../../version';
import { whereToChange } from '../report/labels';
import type { AccountDetails } from './account-details';
import type { ChangeAttribution } from './attribution';
import type { DirectoryResult, DirectoryStatus } from './check';
import { type DriftSummary, exitCodeFor, overall, summarize } from './summary';

export interface DriftReport {
  kind: 'zendesk-messaging/drift-report';
  version: 5;
  /** The CLI version that wrote the report. */
  tool: string;
  generatedAt: string;
  status: DirectoryStatus;
  exitCode: 0 | 1 | 2;
  summary: DriftSummary;
  directories: JsonDirectory[];
}

interface JsonDirectory extends Omit<DirectoryResult, 'error' | 'notes' | 'drifted' | 'attribution' | 'accounts'> {
  error: string | null;
  drifted: (Omit<DirectoryResult['drifted'][number], 'changedBy' | 'attributes'> & {
    changedBy: ChangeAttribution | null;
    attributes: (Omit<DirectoryResult['drifted'][number]['attributes'][number], 'changedBy'> & {
      changedBy: ChangeAttribution | null;
      adminCenter: string | null;
      helpArticle: string | null;
    })[];
  })[];
  notes: JsonNote[];
  attribution: { account: string; note: string }[];
  accounts: AccountDetails[];
}

/** Every key present, in a fixed order. */
const changedBy = (c: ChangeAttribution | undefined): ChangeAttribution | null =>
  c ? { actor: c.actor, actorId: c.actorId, at: c.at, change: c.change, source: c.source, earlierChanges: c.earlierChanges } : null;

/** A note with every key present, so diffs between two nights' reports stay readable. */
interface JsonNote {
  subject: string;
  attribute: string | null;
  summary: string;
  detail: string;
}

export function driftReport(results: DirectoryResult[], now = new Date()): DriftReport {
  return {
    kind: 'zendesk-messaging/drift-report',
    version: 5,
    tool: `zendesk-messaging ${VERSION}`,
    generatedAt: now.toISOString(),
    status: overall(results),
    exitCode: exitCodeFor(results),
    summary: summarize(results),
    // Fixed key order, and `error` always present, so diffs between two nights' reports stay readable.
    directories: results.map((r) => ({
      dir: r.dir,
      name: r.name,
      status: r.status,
      error: r.error ?? null,
      durationMs: r.durationMs,
      checked: r.checked,
      drifted: r.drifted.map((d) => ({
        address: d.address,
        type: d.type,
        account: d.account,
        action: d.action,
        attributes: d.attributes.map((a) => {
          const { adminCenter = null, helpArticle = null } = whereToChange(d.type, a.path);
          return {
            path: a.path,
            label: a.label,
            before: a.before,
            after: a.after,
            sensitive: a.sensitive,
            cause: a.cause ?? 'outside',
            description: a.description,
            changedBy: changedBy(a.changedBy),
            adminCenter,
            helpArticle,
          };
        }),
        changedBy: changedBy(d.changedBy),
      })),
      notes: r.notes.map((n) => ({ subject: n.subject, attribute: n.attribute ?? null, summary: n.summary, detail: n.detail })),
      attribution: (r.attribution ?? []).map((n) => ({ account: n.account, note: n.note })),
      accounts: (r.accounts ?? []).map((a) => ({ account: a.account, sandbox: a.sandbox, ...(a.managed ? { managed: a.managed } : {}) })),
    })),
  };
}

export function renderJson(results: DirectoryResult[]): string {
  return `${JSON.stringify(driftReport(results), null, 2)}\n`;
}

const status = { type: 'string', enum: ['in_sync', 'drift', 'error'] };
const count = { type: 'integer', minimum: 0 };
const object = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const changedBySchema = {
  description: "who made the change and when, from Zendesk's audit log (Enterprise); null when it cannot tell",
  oneOf: [
    { type: 'null' },
    object({
      actor: { type: 'string', description: "the audit log's actor_name" },
      actorId: count,
      at: { type: 'string', format: 'date-time', description: "the entry's created_at" },
      change: { type: 'string', description: "Zendesk's change_description, e.g. Disabled" },
      source: { type: 'string', description: "the entry's source_label: the setting's or the trigger's name in Zendesk" },
      earlierChanges: { ...count, description: "changes of the same source after Terraform's last write and before this one" },
    }),
  ],
};

/** JSON Schema (2020-12) of version 5 of the report (4 had no `cause` and only the actions update and delete). */
export const DRIFT_REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/zendesk-iac/cdktf-zendesk-messaging/drift-report.v5.json',
  title: 'zendesk-messaging drift report, version 5',
  ...object({
    kind: { const: 'zendesk-messaging/drift-report' },
    version: { const: 5 },
    tool: { type: 'string', description: 'zendesk-messaging and its version' },
    generatedAt: { type: 'string', format: 'date-time' },
    status: { ...status, description: 'error if any directory failed, else drift if any drifted, else in_sync' },
    exitCode: { type: 'integer', enum: [0, 1, 2], description: 'the exit code of the run: 0 in sync, 2 drift, 1 error' },
    summary: object({ directories: count, inSync: count, drifted: count, errors: count, resources: count, attributes: count }),
    directories: {
      type: 'array',
      items: object(
        {
          dir: { type: 'string', description: 'absolute path of the working directory' },
          name: { type: 'string', description: 'the CDKTF stack name, or the directory name' },
          status,
          error: { type: ['string', 'null'], description: "what failed, naming the directory and quoting terraform's error" },
          durationMs: count,
          checked: { type: 'array', items: { type: 'string' }, description: 'addresses of every managed resource checked' },
          drifted: {
            type: 'array',
            items: object({
              address: { type: 'string' },
              type: { type: 'string' },
              account: { type: 'string', description: 'provider alias and subdomain or base_url' },
              action: {
                type: 'string',
                enum: ['update', 'delete', 'create', 'destroy', 'replace'],
                description:
                  'what the plan does: update changes attributes back (or to the new configuration); delete: the object was deleted outside Terraform and the plan creates it again; create: in the configuration, not yet in Zendesk; destroy: gone from the configuration, the plan deletes it; replace: the plan deletes and creates it',
              },
              attributes: {
                type: 'array',
                items: object({
                  path: { type: 'string', description: 'dotted attribute path, e.g. inactivity.timeout' },
                  label: { type: 'string' },
                  before: { description: 'the change in time order: outside, the value the plan puts back; configuration, the value in Zendesk. "(sensitive value)" when sensitive' },
                  after: { description: 'outside: the value now in Zendesk; configuration: the value of the configuration. "(sensitive value)" when sensitive' },
                  sensitive: { type: 'boolean' },
                  cause: {
                    type: 'string',
                    enum: ['outside', 'configuration'],
                    description: 'outside: changed in Zendesk since the last apply; configuration: the configuration changed and was not applied',
                  },
                  description: { type: 'string', description: 'the change in words: "Label: before → after"' },
                  changedBy: changedBySchema,
                  adminCenter: { type: ['string', 'null'], description: 'where in Admin Center an admin changes it back, e.g. Admin Center > Objects and rules > …' },
                  helpArticle: { type: ['string', 'null'], description: "the Zendesk help article that documents it" },
                }),
              },
              changedBy: changedBySchema,
            }),
          },
          notes: {
            type: 'array',
            description: "the provider's warnings about this directory's resources or provider configuration (e.g. a dormant setting): not drift",
            items: object({
              subject: { type: 'string', description: 'resource address, or provider "zendesk" (with its alias)' },
              attribute: { type: ['string', 'null'], description: 'the attribute the warning is about, when it names one' },
              summary: { type: 'string' },
              detail: { type: 'string', description: 'why, and what to do' },
            }),
          },
          attribution: {
            type: 'array',
            description: 'accounts whose drift the audit log could not attribute, and why (e.g. attribution needs Zendesk Enterprise): not an error',
            items: object({ account: { type: 'string' }, note: { type: 'string' } }),
          },
          accounts: {
            type: 'array',
            description: 'the accounts this directory talks to (GET /api/v2/account), for the fleet view; empty when not looked up',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['account', 'sandbox'],
              properties: {
                account: { type: 'string' },
                sandbox: { type: ['boolean', 'null'], description: 'true for a sandbox; null when it could not be asked' },
                managed: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'the settings attributes (and "triggers") the configuration manages for this account; absent when not known',
                },
              },
            },
          },
        },
        'one directory (Terraform working directory or CDKTF stack)',
      ),
    },
  }),
} as const;
