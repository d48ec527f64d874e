import type { Path } from '../path';
import type { Attribute, Block } from './attribute';
import type { AttributeContainer } from './schema';

/**
 * True when the path leads to (or into) a sensitive attribute. Terraform prints
 * the configuration line a diagnostic points at, so a diagnostic about a token
 * must not point at the token's line: the framework drops such paths (the text
 * still names the attribute).
 */
export function isSensitivePath(container: AttributeContainer, path: Path): boolean {
  let current: AttributeContainer | undefined = container;
  for (const step of path.steps) {
    if (step.kind !== 'attribute') continue; // list indexes and map keys stay inside the same definition
    if (!current) return false;
    const member = (current.attributes[step.name] ?? current.blocks?.[step.name]) as Attribute | Block | undefined;
    if (!member) return false;
    if (member.kind !== 'block' && member.sensitive) return true;
    current = member.kind === 'nested' || member.kind === 'block' ? member : undefined;
  }
  return false;
}
