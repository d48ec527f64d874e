import type { ObjectValue, Value } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { Path } from '../path';

export interface PlanModifierRequest {
  /** Use this path for any diagnostic. */
  readonly path: Path;
  readonly configValue: Value;
  /** null on create. */
  readonly stateValue: Value;
  readonly planValue: Value;
  /** null when the resource is being created. */
  readonly state: ObjectValue | null;
}

export interface PlanModifierResponse {
  planValue: Value;
  requiresReplace: boolean;
  readonly diagnostics: Diagnostics;
}

/**
 * Adjusts one attribute's planned value. Kept tiny on purpose (guard clauses and
 * one assignment, like terraform-plugin-framework's built-ins); the framework
 * gives each modifier a fresh response and turns `requiresReplace` into a path.
 */
export interface PlanModifier {
  /** One sentence that `npm run generate` appends to the attribute's line in docs/ (src/codegen/docs-constraints.ts). */
  readonly description: string;
  planModify(req: PlanModifierRequest, resp: PlanModifierResponse): void;
}
