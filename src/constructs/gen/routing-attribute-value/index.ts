// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RoutingAttributeValueConfig extends cdktf.TerraformMetaArguments {
  /**
   * The ID of the routing attribute (skill type) the value belongs to: zendesk_routing_attribute's id.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#attribute_id RoutingAttributeValue#attribute_id}
   */
  readonly attributeId: string;
  /**
   * Which tickets need the skill: those that meet every `all` condition and, when there are `any` conditions, one of them (Zendesk's API calls a condition's field its "subject"). Left out, the skill has no conditions (triggers or agents add it to tickets). Fields, operators and values are checked against GET /api/v2/routing/attributes/definitions when the plan is made, with the closest name suggested for a misspelt one.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#conditions RoutingAttributeValue#conditions}
   */
  readonly conditions?: RoutingAttributeValueConditions;
  /**
   * The value (skill) name, e.g. "German".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#name RoutingAttributeValue#name}
   */
  readonly name: string;
}

export interface RoutingAttributeValueConditionsAll {
  /**
   * The condition's field as the API names it (a "subject" of GET /api/v2/routing/attributes/definitions), e.g. "status".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#field RoutingAttributeValue#field}
   */
  readonly field: string;
  /**
   * The operator as the API names it, e.g. "is", "is_not", "less_than", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#operator RoutingAttributeValue#operator}
   */
  readonly operator: string;
  /**
   * The value as the API expects it (numbers and ids as strings, e.g. "open" or "360001234567"). Left out for an operator that takes none (such as "present").
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#value RoutingAttributeValue#value}
   */
  readonly value?: string;
}

export function routingAttributeValueConditionsAllToTerraform(struct?: RoutingAttributeValueConditionsAll | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    field: cdktf.stringToTerraform(struct!.field),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
  };
}

export function routingAttributeValueConditionsAllToHclTerraform(struct?: RoutingAttributeValueConditionsAll | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RoutingAttributeValueConditionsAllOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RoutingAttributeValueConditionsAll | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RoutingAttributeValueConditionsAll | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._field = undefined;
      this._operator = undefined;
      this._value = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._field = value.field;
      this._operator = value.operator;
      this._value = value.value;
    }
  }

  // field - computed: false, optional: false, required: true
  private _field?: string;
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string;
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string;
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class RoutingAttributeValueConditionsAllList extends cdktf.ComplexList {
  public internalValue?: RoutingAttributeValueConditionsAll[] | cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): RoutingAttributeValueConditionsAllOutputReference {
    return new RoutingAttributeValueConditionsAllOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface RoutingAttributeValueConditionsAny {
  /**
   * The condition's field as the API names it (a "subject" of GET /api/v2/routing/attributes/definitions), e.g. "status".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#field RoutingAttributeValue#field}
   */
  readonly field: string;
  /**
   * The operator as the API names it, e.g. "is", "is_not", "less_than", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#operator RoutingAttributeValue#operator}
   */
  readonly operator: string;
  /**
   * The value as the API expects it (numbers and ids as strings, e.g. "open" or "360001234567"). Left out for an operator that takes none (such as "present").
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#value RoutingAttributeValue#value}
   */
  readonly value?: string;
}

export function routingAttributeValueConditionsAnyToTerraform(struct?: RoutingAttributeValueConditionsAny | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    field: cdktf.stringToTerraform(struct!.field),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
  };
}

export function routingAttributeValueConditionsAnyToHclTerraform(struct?: RoutingAttributeValueConditionsAny | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RoutingAttributeValueConditionsAnyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RoutingAttributeValueConditionsAny | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RoutingAttributeValueConditionsAny | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._field = undefined;
      this._operator = undefined;
      this._value = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._field = value.field;
      this._operator = value.operator;
      this._value = value.value;
    }
  }

  // field - computed: false, optional: false, required: true
  private _field?: string;
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string;
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string;
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class RoutingAttributeValueConditionsAnyList extends cdktf.ComplexList {
  public internalValue?: RoutingAttributeValueConditionsAny[] | cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): RoutingAttributeValueConditionsAnyOutputReference {
    return new RoutingAttributeValueConditionsAnyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface RoutingAttributeValueConditions {
  /**
   * Conditions a ticket must all meet ("Meet ALL of the following conditions") for the skill. A set: their order has no meaning, and the plan shows each condition added or removed as itself.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#all RoutingAttributeValue#all}
   */
  readonly all?: RoutingAttributeValueConditionsAll[] | cdktf.IResolvable;
  /**
   * Conditions of which a ticket must meet at least one ("Meet ANY of the following conditions") for the skill. A set: their order has no meaning, and the plan shows each condition added or removed as itself.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#any RoutingAttributeValue#any}
   */
  readonly any?: RoutingAttributeValueConditionsAny[] | cdktf.IResolvable;
}

export function routingAttributeValueConditionsToTerraform(struct?: RoutingAttributeValueConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    all: cdktf.listMapper(routingAttributeValueConditionsAllToTerraform, false)(struct!.all),
    any: cdktf.listMapper(routingAttributeValueConditionsAnyToTerraform, false)(struct!.any),
  };
}

export function routingAttributeValueConditionsToHclTerraform(struct?: RoutingAttributeValueConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    all: {
      value: cdktf.listMapperHcl(routingAttributeValueConditionsAllToHclTerraform, false)(struct!.all),
      isBlock: false,
      type: 'set',
      storageClassType: 'RoutingAttributeValueConditionsAllList',
    },
    any: {
      value: cdktf.listMapperHcl(routingAttributeValueConditionsAnyToHclTerraform, false)(struct!.any),
      isBlock: false,
      type: 'set',
      storageClassType: 'RoutingAttributeValueConditionsAnyList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RoutingAttributeValueConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RoutingAttributeValueConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._all?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.all = this._all?.internalValue;
    }
    if (this._any?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.any = this._any?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RoutingAttributeValueConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._all.internalValue = undefined;
      this._any.internalValue = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._all.internalValue = value.all;
      this._any.internalValue = value.any;
    }
  }

  // all - computed: false, optional: true, required: false
  private _all = new RoutingAttributeValueConditionsAllList(this, 'all', true);
  public get all() {
    return this._all;
  }
  public putAll(value: RoutingAttributeValueConditionsAll[] | cdktf.IResolvable) {
    this._all.internalValue = value;
  }
  public resetAll() {
    this._all.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allInput() {
    return this._all.internalValue;
  }

  // any - computed: false, optional: true, required: false
  private _any = new RoutingAttributeValueConditionsAnyList(this, 'any', true);
  public get any() {
    return this._any;
  }
  public putAny(value: RoutingAttributeValueConditionsAny[] | cdktf.IResolvable) {
    this._any.internalValue = value;
  }
  public resetAny() {
    this._any.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anyInput() {
    return this._any.internalValue;
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value zendesk_routing_attribute_value}
 */
export class RoutingAttributeValue extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_routing_attribute_value';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a RoutingAttributeValue resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the RoutingAttributeValue to import
   * @param importFromId The id of the existing RoutingAttributeValue that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the RoutingAttributeValue to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_routing_attribute_value', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute_value zendesk_routing_attribute_value} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options RoutingAttributeValueConfig
   */
  public constructor(scope: Construct, id: string, config: RoutingAttributeValueConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_routing_attribute_value',
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
    this._attributeId = config.attributeId;
    this._conditions.internalValue = config.conditions;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // attribute_id - computed: false, optional: false, required: true
  private _attributeId?: string;
  public get attributeId() {
    return this.getStringAttribute('attribute_id');
  }
  public set attributeId(value: string) {
    this._attributeId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeIdInput() {
    return this._attributeId;
  }

  // conditions - computed: false, optional: true, required: false
  private _conditions = new RoutingAttributeValueConditionsOutputReference(this, 'conditions');
  public get conditions() {
    return this._conditions;
  }
  public putConditions(value: RoutingAttributeValueConditions) {
    this._conditions.internalValue = value;
  }
  public resetConditions() {
    this._conditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionsInput() {
    return this._conditions.internalValue;
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

  // value_id - computed: true, optional: false, required: false
  public get valueId() {
    return this.getStringAttribute('value_id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      attribute_id: cdktf.stringToTerraform(this._attributeId),
      conditions: routingAttributeValueConditionsToTerraform(this._conditions.internalValue),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      attribute_id: {
        value: cdktf.stringToHclTerraform(this._attributeId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      conditions: {
        value: routingAttributeValueConditionsToHclTerraform(this._conditions.internalValue),
        isBlock: false,
        type: 'list',
        storageClassType: 'RoutingAttributeValueConditions',
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
