import type { AttributePathStep } from '../../../protocol/tfprotov6/types';
import type { Path } from '../../path';

export function toProtoAttributePath(path: Path): AttributePathStep[] {
  return path.steps.map((step) => {
    if (step.kind === 'attribute') return { attributeName: step.name };
    if (step.kind === 'index') return { elementKeyInt: step.index };
    return { elementKeyString: step.key };
  });
}
