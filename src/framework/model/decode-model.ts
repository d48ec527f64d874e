import { type ObjectValue, type Value, isNumberValue, isObjectValue, isUnknown } from '../../protocol/tftypes/value';
import { BUG_REPORT_DETAIL, type Diagnostics } from '../diagnostics';
import { Path } from '../path';
import type { Attribute, Block } from '../schema/attribute';
import type { AttributeContainer } from '../schema/schema';
import type { ConfigPhase, KnownConfigPhase, ModelOf, Phase, PlanPhase, StatePhase } from './model-of';

/** The phases as values, for decodeModel. */
export const PHASE = {
  config: { presence: 'config', unknown: true } as ConfigPhase,
  knownConfig: { presence: 'config', unknown: false } as KnownConfigPhase,
  plan: { presence: 'plan', unknown: true } as PlanPhase,
  state: { presence: 'state', unknown: false } as StatePhase,
} as const;

/**
 * Checks that `value` has the shape of `container`'s model in `phase` and
 * returns it typed (the same object: values are immutable), or undefined with
 * an error diagnostic on each mismatch, at its attribute path. The framework
 * decodes what Terraform sends this way before a resource sees it; resources
 * use it to turn a value built from an API answer into their state model.
 *
 * An absent member counts as null (as the encoder treats it). A member the
 * schema does not declare, a value of the wrong kind, an unknown where the
 * phase has none, a null required value in configuration or plan, and a
 * configured computed-only value are mismatches.
 */
export function decodeModel<S extends AttributeContainer, P extends Phase>(
  container: S,
  phase: P,
  value: Value | undefined,
  diagnostics: Diagnostics,
  what = 'the value',
): ModelOf<S, P> | undefined {
  const problems: Problem[] = [];
  checkObject(container, phase, value ?? null, Path.ROOT, problems);
  for (const { path, problem, required } of problems) {
    if (required) diagnostics.addAttributeError(path, 'Missing required argument', `${path} is required and cannot be null.`);
    else diagnostics.addAttributeError(path, 'Value does not match the schema', `${BUG_REPORT_DETAIL} in ${what}, ${path.isRoot ? 'the object' : path} ${problem}.`);
  }
  return problems.length === 0 ? (value as ModelOf<S, P>) : undefined;
}

interface Problem {
  path: Path;
  problem: string;
  /** A required value is null: the same error validation reports, so Terraform shows it once. */
  required?: boolean;
}

function checkObject(container: AttributeContainer, phase: Phase, value: Value, path: Path, problems: Problem[]): void {
  if (!isObjectValue(value)) {
    problems.push({ path, problem: `is ${describe(value)}, not an object` });
    return;
  }
  for (const name of Object.keys(value)) {
    if (!(name in container.attributes) && !(name in (container.blocks ?? {}))) problems.push({ path: path.atName(name), problem: 'is not in the schema' });
  }
  for (const [name, attribute] of Object.entries(container.attributes)) checkMember(attribute, phase, value[name] ?? null, path.atName(name), problems);
  for (const [name, block] of Object.entries(container.blocks ?? {})) checkMember(block, phase, value[name] ?? null, path.atName(name), problems);
}

function checkMember(member: Attribute | Block, phase: Phase, value: Value, path: Path, problems: Problem[]): void {
  const attribute = member.kind === 'block' ? undefined : member;
  if (value === null) {
    if (attribute?.required && phase.presence !== 'state') problems.push({ path, problem: 'is null', required: true });
    return;
  }
  if (phase.presence === 'config' && attribute?.computed && !attribute.optional && !attribute.required) {
    problems.push({ path, problem: 'is set in configuration, but the attribute is computed only' });
    return;
  }
  checkValue(member, phase, value, path, problems);
}

/** A set or known value of the member's kind (its elements may be unknown where the phase allows). */
function checkValue(member: Attribute | Block, phase: Phase, value: Value, path: Path, problems: Problem[]): void {
  if (isUnknown(value)) {
    if (!phase.unknown) problems.push({ path, problem: 'is unknown' });
    return;
  }
  switch (member.kind) {
    case 'string':
      if (typeof value !== 'string') problems.push({ path, problem: `is ${describe(value)}, not a string` });
      return;
    case 'bool':
      if (typeof value !== 'boolean') problems.push({ path, problem: `is ${describe(value)}, not a bool` });
      return;
    case 'number':
    case 'int64':
      if (!isNumberValue(value)) problems.push({ path, problem: `is ${describe(value)}, not a number` });
      return;
    case 'list':
    case 'set':
    case 'map':
      return checkElements(member.kind, phase, value, path, problems, (item, at) =>
        checkValue({ kind: member.element, description: '' }, phase, item, at, problems),
      );
    case 'nested':
    case 'block':
      if (member.nesting === 'single') return checkObject(member, phase, value, path, problems);
      return checkElements(member.nesting, phase, value, path, problems, (item, at) => checkObject(member, phase, item, at, problems));
  }
}

/** Lists and sets are arrays, maps are records; their elements may be null (cty allows it; validators skip them). */
function checkElements(
  kind: 'list' | 'set' | 'map',
  phase: Phase,
  value: Value,
  path: Path,
  problems: Problem[],
  checkItem: (item: Value, at: Path) => void,
): void {
  const entries: [Path, Value][] | undefined =
    kind === 'map'
      ? isObjectValue(value) ? Object.entries(value as ObjectValue).map(([key, item]) => [path.atMapKey(key), item]) : undefined
      : Array.isArray(value) ? (value as readonly Value[]).map((item, i) => [kind === 'set' ? path : path.atListIndex(i), item]) : undefined;
  if (!entries) {
    problems.push({ path, problem: `is ${describe(value)}, not a ${kind}` });
    return;
  }
  for (const [at, item] of entries) {
    if (item === null) continue;
    if (!isUnknown(item)) checkItem(item, at);
    else if (!phase.unknown) problems.push({ path: at, problem: 'is unknown' });
  }
}

/** The kind of a value, never the value itself: it may be a secret. */
function describe(value: Value): string {
  if (Array.isArray(value)) return 'a list';
  if (isObjectValue(value)) return 'an object';
  return isNumberValue(value) ? 'a number' : `a ${typeof value}`;
}
