// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CapacityRuleConfig extends cdktf.TerraformMetaArguments {
  /**
   * The IDs of the agents the rule applies to (look them up with data "zendesk_agent"). Naming an agent here takes it out of the rule it was in. Left out: the rule's agents are not managed. Not for the default rule, which applies to every agent no other rule names.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#agent_ids CapacityRule#agent_ids}
   */
  readonly agentIds?: number[];
  /**
   * Capacity per channel, with the API's channel names. A channel left out keeps Zendesk's value.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#capacities CapacityRule#capacities}
   */
  readonly capacities?: CapacityRuleCapacities;
  /**
   * Whether this is the account's default rule. Setting it true makes this rule the default (the former default stops being it); a default rule stays the default until another rule is made it.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#default CapacityRule#default}
   */
  readonly default?: boolean | cdktf.IResolvable;
  /**
   * What the rule is for.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#description CapacityRule#description}
   */
  readonly description?: string;
  /**
   * The capacity rule name.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#name CapacityRule#name}
   */
  readonly name: string;
}

export interface CapacityRuleCapacities {
  /**
   * How many email tickets an agent under this rule works at once. Left out: Zendesk's value is kept (0 for a new rule).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#email CapacityRule#email}
   */
  readonly email?: number;
  /**
   * How many messaging tickets an agent under this rule works at once. Left out: Zendesk's value is kept (0 for a new rule).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#messaging CapacityRule#messaging}
   */
  readonly messaging?: number;
  /**
   * How many voice tickets an agent under this rule works at once. Left out: Zendesk's value is kept (0 for a new rule).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#voice CapacityRule#voice}
   */
  readonly voice?: number;
}

export function capacityRuleCapacitiesToTerraform(struct?: CapacityRuleCapacities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    email: cdktf.numberToTerraform(struct!.email),
    messaging: cdktf.numberToTerraform(struct!.messaging),
    voice: cdktf.numberToTerraform(struct!.voice),
  };
}

export function capacityRuleCapacitiesToHclTerraform(struct?: CapacityRuleCapacities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    email: {
      value: cdktf.numberToHclTerraform(struct!.email),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    messaging: {
      value: cdktf.numberToHclTerraform(struct!.messaging),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    voice: {
      value: cdktf.numberToHclTerraform(struct!.voice),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CapacityRuleCapacitiesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CapacityRuleCapacities | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    if (this._messaging !== undefined) {
      hasAnyValues = true;
      internalValueResult.messaging = this._messaging;
    }
    if (this._voice !== undefined) {
      hasAnyValues = true;
      internalValueResult.voice = this._voice;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CapacityRuleCapacities | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._email = undefined;
      this._messaging = undefined;
      this._voice = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._email = value.email;
      this._messaging = value.messaging;
      this._voice = value.voice;
    }
  }

  // email - computed: true, optional: true, required: false
  private _email?: number;
  public get email() {
    return this.getNumberAttribute('email');
  }
  public set email(value: number) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // messaging - computed: true, optional: true, required: false
  private _messaging?: number;
  public get messaging() {
    return this.getNumberAttribute('messaging');
  }
  public set messaging(value: number) {
    this._messaging = value;
  }
  public resetMessaging() {
    this._messaging = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messagingInput() {
    return this._messaging;
  }

  // voice - computed: true, optional: true, required: false
  private _voice?: number;
  public get voice() {
    return this.getNumberAttribute('voice');
  }
  public set voice(value: number) {
    this._voice = value;
  }
  public resetVoice() {
    this._voice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get voiceInput() {
    return this._voice;
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule zendesk_capacity_rule}
 */
export class CapacityRule extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_capacity_rule';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a CapacityRule resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the CapacityRule to import
   * @param importFromId The id of the existing CapacityRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the CapacityRule to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_capacity_rule', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/capacity_rule zendesk_capacity_rule} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options CapacityRuleConfig
   */
  public constructor(scope: Construct, id: string, config: CapacityRuleConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_capacity_rule',
      terraformGeneratorMetadata: {
        providerName: 'zendesk',
        providerVersion: '0.1.0',
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._agentIds = config.agentIds;
    this._capacities.internalValue = config.capacities;
    this._default = config.default;
    this._description = config.description;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agent_ids - computed: true, optional: true, required: false
  private _agentIds?: number[];
  public get agentIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('agent_ids')));
  }
  public set agentIds(value: number[]) {
    this._agentIds = value;
  }
  public resetAgentIds() {
    this._agentIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentIdsInput() {
    return this._agentIds;
  }

  // capacities - computed: true, optional: true, required: false
  private _capacities = new CapacityRuleCapacitiesOutputReference(this, 'capacities');
  public get capacities() {
    return this._capacities;
  }
  public putCapacities(value: CapacityRuleCapacities) {
    this._capacities.internalValue = value;
  }
  public resetCapacities() {
    this._capacities.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get capacitiesInput() {
    return this._capacities.internalValue;
  }

  // default - computed: true, optional: true, required: false
  private _default?: boolean | cdktf.IResolvable;
  public get default() {
    return this.getBooleanAttribute('default');
  }
  public set default(value: boolean | cdktf.IResolvable) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string;
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string;
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      agent_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._agentIds),
      capacities: capacityRuleCapacitiesToTerraform(this._capacities.internalValue),
      default: cdktf.booleanToTerraform(this._default),
      description: cdktf.stringToTerraform(this._description),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agent_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._agentIds),
        isBlock: false,
        type: 'set',
        storageClassType: 'numberList',
      },
      capacities: {
        value: capacityRuleCapacitiesToHclTerraform(this._capacities.internalValue),
        isBlock: false,
        type: 'list',
        storageClassType: 'CapacityRuleCapacities',
      },
      default: {
        value: cdktf.booleanToHclTerraform(this._default),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
