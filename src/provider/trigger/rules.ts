import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../../framework';
import type { Diagnostics } from '../../framework';
import { type ItemPlace, placeOf } from './item-place';

const set = (v: Value | undefined) => v !== null && v !== undefined;

function checkItem(item: Value, place: ItemPlace, label: string, diagnostics: Diagnostics): void {
  if (!isObjectValue(item) || Object.values(item).some(isUnknown)) return;
  const at = place.at();
  const lead = place.lead;
  const fields = ['field', 'field_title'].filter((k) => set(item[k]));
  if (fields.length !== 1) {
    diagnostics.addAttributeError(
      at,
      fields.length === 0 ? `Missing ${label} field` : `Ambiguous ${label} field`,
      `${lead}Each ${label} names its field exactly once: set either field (the API name) or field_title (the title in Admin Center)` +
        (fields.length ? `, not both (got field = ${JSON.stringify(item.field)}, field_title = ${JSON.stringify(item.field_title)}).` : '.'),
    );
  }
  const values = ['value', 'values', 'value_title'].filter((k) => set(item[k]));
  if (values.length > 1) {
    diagnostics.addAttributeError(at, `Ambiguous ${label} value`, `${lead}Set at most one of value, values and value_title in a ${label}; got ${values.join(', ')}.`);
  }
  if (Array.isArray(item.values) && item.values.length === 0) {
    diagnostics.addAttributeError(place.at('values'), 'Empty values', `${lead}values needs at least one element; leave it unset for a ${label} without a value.`);
  }
}

/** Shape rules the schema cannot express (one field spelling, one value spelling). Unknown values wait for the next plan. */
export function checkTriggerConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  const conditions = config.conditions;
  if (isObjectValue(conditions)) {
    for (const which of ['all', 'any'] as const) {
      const items = conditions[which];
      if (Array.isArray(items)) {
        (items as Value[]).forEach((c, i) => checkItem(c, placeOf(which, i, isObjectValue(c) ? c : {}), `${which.toUpperCase()} condition`, diagnostics));
      }
    }
  }
  if (Array.isArray(config.actions)) {
    (config.actions as Value[]).forEach((a, i) => checkItem(a, placeOf('action', i, {}), 'action', diagnostics));
  }
}
