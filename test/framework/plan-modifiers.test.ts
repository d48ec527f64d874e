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

const cases: Record<string, Case> = {
  'use-state-for-unknown-update': { modifier: useStateForUnknown(), config: null, state: 'acme', plan: UNKNOWN, expectPlan: 'acme' },
  'use-state-for-unknown-create': { modifier: useStateForUnknown(), config: null, state: null, plan: UNKNOWN, creating: true, expectPlan: UNKNOWN },
  'use-state-for-unknown-config-unknown': { modifier: useStateForUnknown(), config: UNKNOWN, state: 'a', plan: UNKNOWN, expectPlan: UNKNOWN },
  'unmanaged-unset-keeps-state': { modifier: unmanagedWhenUnset(), config: null, state: true, plan: UNKNOWN, expectPlan: true },
  'unmanaged-unset-create-is-null': { modifier: unmanagedWhenUnset(), config: null, state: null, plan: UNKNOWN, creating: true, expectPlan: null },
  'unmanaged-set-keeps-config': { modifier: unmanagedWhenUnset(), config: false, state: true, plan: false, expectPlan: false },
  'unmanaged-unknown-config-stays-unknown': { modifier: unmanagedWhenUnset(), config: UNKNOWN, state: true, plan: UNKNOWN, expectPlan: UNKNOWN },
  'requires-replace-changed': { modifier: requiresReplace(), config: 'b', state: 'a', plan: 'b', expectPlan: 'b', expectReplace: true },
  'requires-replace-same': { modifier: requiresReplace(), config: 'a', state: 'a', plan: 'a', expectPlan: 'a', expectReplace: false },
  'requires-replace-unknown': { modifier: requiresReplace(), config: UNKNOWN, state: 'a', plan: UNKNOWN, expectPlan: UNKNOWN, expectReplace: true },
  'requires-replace-create': { modifier: requiresReplace(), config: 'a', state: null, plan: 'a', creating: true, expectPlan: 'a', expectReplace: false },
};

describe.each(Object.entries(cases))('%s', (_name, c) => {
  it('plans as expected', () => {
    const resp = run(c);
    expect(resp.planValue).toEqual(c.expectPlan);
    expect(resp.requiresReplace).toBe(c.expectReplace ?? false);
    expect(resp.diagnostics.length).toBe(0);
  });
});
