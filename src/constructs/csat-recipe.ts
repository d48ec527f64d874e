import { type TerraformProvider, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { DataZendeskTrigger } from './gen/data-zendesk-trigger';
import { Trigger } from './gen/trigger';
import { CSAT_RECIPE, MESSAGING_CSAT_TRIGGER_TITLE, type TitledCondition } from '../provider/trigger/titles';

/** Zendesk's standard messaging CSAT trigger [documented: docs/design/zendesk-api.md#messaging-csat-trigger]. */
export { MESSAGING_CSAT_TRIGGER_TITLE };

/**
 * The conditions Zendesk's recipe moves and adds, by their Admin Center titles: the provider resolves them
 * through the account's definitions, so no API name (which Zendesk does not publish) is written here.
 */
const { solved: SOLVED, endedByAgent: ENDED_BY_AGENT } = CSAT_RECIPE;

const is = (c: string, x: TitledCondition) =>
  `(${c}.field_title == "${x.field_title}" && ${c}.operator == "${x.operator}" && ${c}.value_title == "${x.value_title}")`;
/** A data-source item in configuration form: API names kept, titles dropped (a trigger item names its field once). */
const asConfigured = (c: string, withOperator: boolean) =>
  `{field = ${c}.field, field_title = null, ${withOperator ? `operator = ${c}.operator, ` : ''}value = ${c}.value, value_title = null, values = ${c}.values}`;
const literal = (x: TitledCondition) =>
  `{field = null, field_title = "${x.field_title}", operator = "${x.operator}", value = null, value_title = "${x.value_title}", values = null}`;

/** A dynamic block over a Terraform expression, written as Terraform JSON (cdktf's iterators would wrap it in toset()). */
function dynamicBlock(name: string, forEach: string, attributes: string[]) {
  return {
    for_each: `\${${forEach}}`,
    content: Object.fromEntries(attributes.map((a) => [a, `\${${name}.value.${a}}`])),
  };
}

export interface CsatOnSessionEndProps {
  readonly provider?: TerraformProvider;
  /**
   * Title of the trigger to adopt: only used to find it (a read), never written.
   * @default MESSAGING_CSAT_TRIGGER_TITLE
   */
  readonly triggerTitle?: string;
  /**
   * Applied before the trigger: the "Ended by agent" condition only exists once agents may end sessions. Nothing here
   * turns ending on; where no dependency does, the account's own setting must allow it.
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Zendesk's recipe "Sending a CSAT survey when a messaging session ends": the
 * standard messaging CSAT trigger is adopted (an import block, so no duplicate
 * trigger ever double-sends surveys), its "Status category changed to Solved"
 * condition moves from ALL to ANY, and "Messaging session ended reason changed
 * to Ended by agent" joins it under ANY. Everything else about the trigger is
 * kept as Zendesk has it, read at plan time through the data source; destroy
 * restores the trigger as it was when adopted (on_destroy = "restore").
 */
export class CsatOnSessionEnd extends Construct {
  /** Finds the standard trigger; fails the plan clearly when the account lacks customizable CSAT. */
  public readonly lookup: DataZendeskTrigger;
  /** The adopted trigger. */
  public readonly trigger: Trigger;

  constructor(scope: Construct, id: string, props: CsatOnSessionEndProps = {}) {
    super(scope, id);
    this.lookup = new DataZendeskTrigger(this, 'Lookup', { provider: props.provider, title: props.triggerTitle ?? MESSAGING_CSAT_TRIGGER_TITLE });
    const source = this.lookup.fqn;
    this.trigger = new Trigger(this, 'Resource', {
      provider: props.provider,
      dependsOn: props.dependsOn,
      title: this.lookup.title,
      active: this.lookup.active,
      description: this.lookup.description,
      onDestroy: 'restore',
      actions: [],
    });
    this.trigger.importFrom(this.lookup.id, props.provider);

    const all = `[for c in ${source}.conditions.all : ${asConfigured('c', true)} if !${is('c', SOLVED)}]`;
    const any =
      `concat([for c in ${source}.conditions.any : ${asConfigured('c', true)} if !(${is('c', SOLVED)} || ${is('c', ENDED_BY_AGENT)})], ` +
      `[${literal(SOLVED)}, ${literal(ENDED_BY_AGENT)}])`;
    const actions = `[for a in ${source}.actions : ${asConfigured('a', false)}]`;
    const conditionAttributes = ['field', 'field_title', 'operator', 'value', 'value_title', 'values'];
    this.trigger.addOverride('conditions', {
      dynamic: { all: dynamicBlock('all', all, conditionAttributes), any: dynamicBlock('any', any, conditionAttributes) },
    });
    this.trigger.addOverride('dynamic.actions', dynamicBlock('actions', actions, ['field', 'field_title', 'value', 'value_title', 'values']));
  }
}
