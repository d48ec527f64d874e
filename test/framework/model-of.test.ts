/**
 * Type-level tests of the typed models: tsc checks them in `npm run lint` (an
 * `@ts-expect-error` that no longer errors fails the build); jest only runs
 * the one runtime check at the end.
 */
import {
  type ConfigModel,
  type KnownConfigModel,
  type ModelOf,
  type ModelsOf,
  type NumberValue,
  type PlanModel,
  type Resource,
  type Schema,
  type ResourceFactory,
  type StateModel,
  PHASE,
  decodeModel,
  Diagnostics,
} from '../../src/framework';
import { type ObjectValue, UNKNOWN, type UnknownValue } from '../../src/protocol/tftypes/value';
import { WIDGET_OUTPUTS, WIDGET_SCHEMA } from './fakes/widget-schema';

type Widget = typeof WIDGET_SCHEMA;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

// State: nothing unknown, anything may be null (an import knows only the ID).
assertType<Equal<StateModel<Widget>['name'], string | null>>();
assertType<Equal<StateModel<Widget>['size'], NumberValue | null>>();
assertType<Equal<StateModel<Widget>['tags'], readonly (string | null)[] | null>>();
assertType<Equal<StateModel<Widget>['labels'], { readonly [key: string]: string | null } | null>>();
assertType<Equal<NonNullable<StateModel<Widget>['inner']>['a'], string | null>>();
assertType<Equal<NonNullable<StateModel<Widget>['rule']>[number], { readonly field: string | null } | null>>();

// Configuration: required is set (maybe unknown), computed-only is always null.
assertType<Equal<ConfigModel<Widget>['name'], string | UnknownValue>>();
assertType<Equal<ConfigModel<Widget>['id'], null>>();
assertType<Equal<ConfigModel<Widget>['size'], NumberValue | null | UnknownValue>>();
assertType<Equal<ConfigModel<Widget>['mode'], string | null | UnknownValue>>();
assertType<Equal<ConfigModel<Widget>['flag'], boolean | null | UnknownValue>>();
assertType<Equal<KnownConfigModel<Widget>['name'], string>>();
assertType<Equal<KnownConfigModel<Widget>['tags'], readonly (string | null)[] | null>>();

// Plan: computed values may be unknown, required ones are set.
assertType<Equal<PlanModel<Widget>['id'], string | null | UnknownValue>>();
assertType<Equal<PlanModel<Widget>['name'], string | UnknownValue>>();

// A data source's outputs are computed only: null in configuration, values in state.
assertType<Equal<ConfigModel<typeof WIDGET_OUTPUTS>['name'], null>>();
assertType<Equal<StateModel<typeof WIDGET_OUTPUTS>['name'], string | null>>();

// An untyped schema's model is a plain ObjectValue; the framework's view of any resource is one.
assertType<Equal<ModelOf<Schema>, ObjectValue>>();
assertType<Equal<ModelsOf<Schema>['plan'], ObjectValue>>();

const known: StateModel<Widget> = { id: 'w1', name: 'n', size: 3, mode: null, tags: ['a'], labels: null, flag: true, inner: { a: 'x', b: null }, items: [{ n: 1 }], rule: [] };
// Typed models are ObjectValues, so they go wherever values do.
const asValue: ObjectValue = known;

// @ts-expect-error state never holds an unknown value
const unknownInState: StateModel<Widget> = { ...known, name: UNKNOWN };
// @ts-expect-error a computed-only attribute has no value in configuration
const configuredId: ConfigModel<Widget>['id'] = 'w1';
// @ts-expect-error a required attribute is never null in a plan
const nullName: PlanModel<Widget>['name'] = null;
// @ts-expect-error the wrong kind of value
const wrongKind: StateModel<Widget> = { ...known, size: '3' };
// @ts-expect-error a misspelt attribute is no member of the model
const misspelt = known.nmae;
// @ts-expect-error a typed model has no index signature: only declared attributes
const anyName = (name: string) => known[name];

/** Never called: it only has to type-check. */
function resourceTypes(typed: Resource<Widget>) {
  // A typed resource is a resource the framework can serve (ResourceFactory's untyped view).
  const factory: ResourceFactory = () => typed;
  // @ts-expect-error the requests of another schema are not this resource's
  const wrongSchema: Resource<typeof WIDGET_OUTPUTS, ModelsOf<Widget>> = typed;
  return [factory, wrongSchema];
}

export const _typeTests = [asValue, unknownInState, configuredId, nullName, wrongKind, misspelt, anyName, resourceTypes];

it('decodeModel hands back the very value it checked, typed', () => {
  const decoded = decodeModel(WIDGET_SCHEMA, PHASE.state, known, new Diagnostics());
  expect(decoded).toBe(known);
  const name: string | null | undefined = decoded?.name;
  expect(name).toBe('n');
});
