import { Diagnostics, Path, requiresReplace, unmanagedWhenUnset, useStateForUnknown } from '../../src/framework';
import type { PlanModifier } from '../../src/framework';
import { UNKNOWN, type Value } from '../../src/protocol/tftypes/value';

interface Case {
  modifier: PlanModifier;
  config: Value;
  state: Value;
  plan: Value;
  creating?: boolean;
  expectPlan: Value;
  expectReplace?: boolean;
}

function run(c: Case) {
  const resp = { planValue: c.plan, requiresReplace: false, diagnostics: new Diagnostics() };
  c.modifier.planModify(
    { path: Path.root('x'), configValue: c.config, stateValue: c.state, planValue: c.plan, state: c.creating ? null : { x: c.state } },
    resp,
  );
  return resp;
}

// One row per case: what the modifier does to the planned value (and to requiresReplace) given config and state.
const cases: [string, Case][] = [
  ['useStateForUnknown: an update plans the state value for an unknown', { modifier: useStateForUnknown(), config: null, state: 'acme', plan: UNKNOWN, expectPlan: 'acme' }],
  ['useStateForUnknown: a create keeps the unknown', { modifier: useStateForUnknown(), config: null, state: null, plan: UNKNOWN, creating: true, expectPlan: UNKNOWN }],
  ['useStateForUnknown: an unknown in the configuration stays unknown', { modifier: useStateForUnknown(), config: UNKNOWN, state: 'a', plan: UNKNOWN, expectPlan: UNKNOWN }],
  ['unmanagedWhenUnset: unset keeps the state value', { modifier: unmanagedWhenUnset(), config: null, state: true, plan: UNKNOWN, expectPlan: true }],
  ['unmanagedWhenUnset: unset on a create plans null', { modifier: unmanagedWhenUnset(), config: null, state: null, plan: UNKNOWN, creating: true, expectPlan: null }],
  ['unmanagedWhenUnset: set keeps the configured value', { modifier: unmanagedWhenUnset(), config: false, state: true, plan: false, expectPlan: false }],
  ['unmanagedWhenUnset: an unknown in the configuration stays unknown', { modifier: unmanagedWhenUnset(), config: UNKNOWN, state: true, plan: UNKNOWN, expectPlan: UNKNOWN }],
  ['requiresReplace: a changed value replaces', { modifier: requiresReplace(), config: 'b', state: 'a', plan: 'b', expectPlan: 'b', expectReplace: true }],
  ['requiresReplace: the same value does not', { modifier: requiresReplace(), config: 'a', state: 'a', plan: 'a', expectPlan: 'a', expectReplace: false }],
  ['requiresReplace: an unknown value replaces', { modifier: requiresReplace(), config: UNKNOWN, state: 'a', plan: UNKNOWN, expectPlan: UNKNOWN, expectReplace: true }],
  ['requiresReplace: a create does not', { modifier: requiresReplace(), config: 'a', state: null, plan: 'a', creating: true, expectPlan: 'a', expectReplace: false }],
];

it.each(cases)('%s', (_name, c) => {
  const resp = run(c);
  expect(resp.planValue).toEqual(c.expectPlan);
  expect(resp.requiresReplace).toBe(c.expectReplace ?? false);
  expect(resp.diagnostics.length).toBe(0);
});
