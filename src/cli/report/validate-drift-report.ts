/**
 * A JSON drift report (versions 1 to 5, see render-json.ts for what each added), checked field by field before
 * drift-merge renders it, and checked to agree with itself: a directory in sync that lists drift, or a report whose
 * status is not its directories', would make the merged report and its exit code say something the shard did not.
 * Fields a later version added may be missing from an earlier one; fields no version has are ignored.
 */
import type { ChangeAttribution } from '../drift/attribution';
import type { DirectoryResult, DirectoryStatus, DriftedAttribute, DriftedResource } from '../drift/check';
import { exitCodeFor, overall, summarize } from '../drift/summary';
import { type Json, Shape } from './input-shape';

export const DRIFT_REPORT_KIND = 'zendesk-messaging/drift-report';
export const READABLE_VERSIONS = [1, 2, 3, 4, 5] as const;
const STATUSES: readonly DirectoryStatus[] = ['in_sync', 'drift', 'error'];
const CAUSES = ['outside', 'configuration'] as const;

const HINT = 'Give drift-merge the JSON reports drift wrote (drift --format json --out FILE), unedited.';

function changedBy(shape: Shape, value: unknown, path: string): { changedBy?: ChangeAttribution } {
  if (value === undefined || value === null) return {};
  const c = shape.object(value, path);
  return {
    changedBy: {
      actor: shape.string(c.actor, `${path}.actor`),
      actorId: shape.count(c.actorId, `${path}.actorId`),
      at: shape.string(c.at, `${path}.at`),
      change: shape.string(c.change, `${path}.change`),
      source: shape.string(c.source, `${path}.source`),
      earlierChanges: shape.count(c.earlierChanges, `${path}.earlierChanges`),
    },
  };
}

function attribute(shape: Shape, value: unknown, path: string): DriftedAttribute {
  const a = shape.object(value, path);
  // adminCenter and helpArticle (version 4) are not read: the attribute map says them again when the merge renders.
  const cause = a.cause === undefined ? {} : { cause: shape.oneOf(a.cause, `${path}.cause`, CAUSES) };
  return {
    path: shape.string(a.path, `${path}.path`),
    label: shape.string(a.label, `${path}.label`),
    before: a.before,
    after: a.after,
    sensitive: shape.boolean(a.sensitive, `${path}.sensitive`),
    description: shape.string(a.description, `${path}.description`),
    ...cause,
    ...changedBy(shape, a.changedBy, `${path}.changedBy`),
  } as DriftedAttribute;
}

function resource(shape: Shape, value: unknown, path: string): DriftedResource {
  const r = shape.object(value, path);
  return {
    address: shape.nonEmptyString(r.address, `${path}.address`),
    type: shape.string(r.type, `${path}.type`),
    account: shape.string(r.account, `${path}.account`),
    // Any action is read (a later version may add one): the renderers say an action they do not know by its name.
    action: shape.nonEmptyString(r.action, `${path}.action`) as DriftedResource['action'],
    attributes: shape.list(r.attributes, `${path}.attributes`).map((a, i) => attribute(shape, a, `${path}.attributes[${i}]`)),
    ...changedBy(shape, r.changedBy, `${path}.changedBy`),
  };
}

function directory(shape: Shape, value: unknown, path: string): DirectoryResult {
  const d = shape.object(value, path);
  const status = shape.oneOf(d.status, `${path}.status`, STATUSES);
  const error = shape.optionalString(d.error, `${path}.error`);
  const drifted = shape.list(d.drifted, `${path}.drifted`).map((r, i) => resource(shape, r, `${path}.drifted[${i}]`));
  if (status !== 'drift' && drifted.length) shape.fail(`${path} has status "${status}" but lists ${drifted.length} drifted resource(s)`);
  if (status === 'drift' && !drifted.length) shape.fail(`${path} has status "drift" but lists no drifted resource`);
  if (status !== 'error' && error !== undefined) shape.fail(`${path} has status "${status}" but an error`);
  const attribution = shape.optionalList(d.attribution, `${path}.attribution`).map((n, i) => {
    const note = shape.object(n, `${path}.attribution[${i}]`);
    return { account: shape.string(note.account, `${path}.attribution[${i}].account`), note: shape.string(note.note, `${path}.attribution[${i}].note`) };
  });
  const accounts = shape.optionalList(d.accounts, `${path}.accounts`).map((a, i) => accountDetails(shape, a, `${path}.accounts[${i}]`));
  return {
    dir: shape.nonEmptyString(d.dir, `${path}.dir`),
    name: shape.string(d.name, `${path}.name`),
    status,
    ...(error === undefined ? {} : { error }),
    durationMs: shape.count(d.durationMs, `${path}.durationMs`),
    checked: shape.strings(d.checked, `${path}.checked`),
    drifted,
    notes: shape.optionalList(d.notes, `${path}.notes`).map((n, i) => note(shape, n, `${path}.notes[${i}]`)),
    ...(attribution.length ? { attribution } : {}),
    ...(accounts.length ? { accounts } : {}),
  };
}

function note(shape: Shape, value: unknown, path: string): DirectoryResult['notes'][number] {
  const n = shape.object(value, path);
  const attribute = shape.optionalString(n.attribute, `${path}.attribute`);
  return {
    subject: shape.string(n.subject, `${path}.subject`),
    ...(attribute === undefined ? {} : { attribute }),
    summary: shape.string(n.summary, `${path}.summary`),
    detail: shape.string(n.detail, `${path}.detail`),
  };
}

function accountDetails(shape: Shape, value: unknown, path: string): NonNullable<DirectoryResult['accounts']>[number] {
  const a = shape.object(value, path);
  if (a.sandbox !== null && typeof a.sandbox !== 'boolean') shape.fail(`${path}.sandbox must be true, false or null, found ${JSON.stringify(a.sandbox) ?? 'nothing'}`);
  return {
    account: shape.string(a.account, `${path}.account`),
    sandbox: a.sandbox as boolean | null,
    ...(a.managed === undefined ? {} : { managed: shape.strings(a.managed, `${path}.managed`) }),
  };
}

/** The report's own totals must be those of its directories: a shard's exit code is what the merge adds up. */
function checkTotals(shape: Shape, report: Json, results: DirectoryResult[]): void {
  const status = shape.oneOf(report.status, 'status', STATUSES);
  if (status !== overall(results)) shape.fail(`status is "${status}" but its directories make it "${overall(results)}"`);
  if (report.exitCode !== undefined && report.exitCode !== exitCodeFor(results)) {
    shape.fail(`exitCode is ${JSON.stringify(report.exitCode)} but its directories make it ${exitCodeFor(results)}`);
  }
  if (report.summary === undefined) return;
  const summary = shape.object(report.summary, 'summary');
  // Only the totals the report has (an early version may have fewer).
  for (const [key, expected] of Object.entries(summarize(results))) {
    if (key in summary && summary[key] !== expected) shape.fail(`summary.${key} is ${JSON.stringify(summary[key]) ?? 'missing'} but its directories make it ${expected}`);
  }
}

/** The directories of one drift report, or an InputError naming `source`, the field and what to do. */
export function readDriftReport(report: unknown, source: string): DirectoryResult[] {
  const shape = new Shape(source, HINT);
  if (typeof report !== 'object' || report === null || Array.isArray(report) || (report as Json).kind !== DRIFT_REPORT_KIND) {
    shape.fail('this is not a zendesk-messaging drift report (its "kind" is not "zendesk-messaging/drift-report")');
  }
  const r = report as Json;
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(r.version)) {
    shape.fail(`version ${JSON.stringify(r.version) ?? '(missing)'} is not one this zendesk-messaging reads (${READABLE_VERSIONS[0]} to ${READABLE_VERSIONS.at(-1)}); merge with the version that wrote the reports`);
  }
  const results = shape.list(r.directories, 'directories').map((d, i) => directory(shape, d, `directories[${i}]`));
  checkTotals(shape, r, results);
  return results;
}
