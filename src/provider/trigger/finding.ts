/** What checking a trigger's rules against Zendesk's definitions found about one configured item. */
import type { Path } from '../../framework';

export interface Finding {
  severity: 'error' | 'warning';
  path: Path;
  summary: string;
  detail: string;
  /** A definition that may only appear later in the same apply: a warning at plan time, an error at apply. */
  mayAppearLater?: boolean;
}
