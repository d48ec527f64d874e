// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface OmnichannelQueueConfig extends cdktf.TerraformMetaArguments {
  /**
   * Which new tickets enter the queue. Left out: the queue has no conditions. Fields, operators and values are checked against GET /api/v2/queues/definitions when the plan is made, with the closest name suggested for a misspelt one.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#conditions OmnichannelQueue#conditions}
   */
  readonly conditions?: OmnichannelQueueConditions;
  /**
   * What the queue is for.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#description OmnichannelQueue#description}
   */
  readonly description?: string;
  /**
   * The queue name.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#name OmnichannelQueue#name}
   */
  readonly name: string;
  /**
   * The IDs of the groups whose agents the queue's tickets are routed to first (at least one; a queue with subqueues may leave it out, its subqueues naming theirs). Checked against the account's groups (GET /api/v2/groups) when the plan is made.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#primary_group_ids OmnichannelQueue#primary_group_ids}
   */
  readonly primaryGroupIds?: number[];
  /**
   * The queue's priority, 1 (the highest) to 100: an agent who gets work from several queues is assigned tickets of the higher-priority queue first. It does not decide which queue a ticket enters. Left out: Zendesk's value is kept.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#priority OmnichannelQueue#priority}
   */
  readonly priority?: number;
  /**
   * The IDs of the groups whose agents get the queue's tickets when no agent of a primary group is available. Left out: none.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#secondary_group_ids OmnichannelQueue#secondary_group_ids}
   */
  readonly secondaryGroupIds?: number[];
  /**
   * Percentage subqueues (Zendesk Enterprise plans only): 1 to 5 subqueues whose percentages total 100, each getting that share of the queue's tickets and routing them to its own groups. A set: their order has no meaning. Left out: the queue has none. On another plan Zendesk refuses them, and the apply says so.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#subqueues OmnichannelQueue#subqueues}
   */
  readonly subqueues?: OmnichannelQueueSubqueues[] | cdktf.IResolvable;
}

export interface OmnichannelQueueConditionsAll {
  /**
   * The condition's field as the API names it (a "subject" of GET /api/v2/queues/definitions), e.g. "status".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#field OmnichannelQueue#field}
   */
  readonly field: string;
  /**
   * The operator as the API names it, e.g. "is", "is_not", "less_than", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#operator OmnichannelQueue#operator}
   */
  readonly operator: string;
  /**
   * The value as the API expects it (numbers and ids as strings, e.g. "open" or "360001234567"). Left out for an operator that takes none (such as "present").
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#value OmnichannelQueue#value}
   */
  readonly value?: string;
}

export function omnichannelQueueConditionsAllToTerraform(struct?: OmnichannelQueueConditionsAll | cdktf.IResolvable): any {
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

export function omnichannelQueueConditionsAllToHclTerraform(struct?: OmnichannelQueueConditionsAll | cdktf.IResolvable): any {
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

export class OmnichannelQueueConditionsAllOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): OmnichannelQueueConditionsAll | cdktf.IResolvable | undefined {
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

  public set internalValue(value: OmnichannelQueueConditionsAll | cdktf.IResolvable | undefined) {
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

export class OmnichannelQueueConditionsAllList extends cdktf.ComplexList {
  public internalValue?: OmnichannelQueueConditionsAll[] | cdktf.IResolvable;

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
  public get(index: number): OmnichannelQueueConditionsAllOutputReference {
    return new OmnichannelQueueConditionsAllOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface OmnichannelQueueConditionsAny {
  /**
   * The condition's field as the API names it (a "subject" of GET /api/v2/queues/definitions), e.g. "status".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#field OmnichannelQueue#field}
   */
  readonly field: string;
  /**
   * The operator as the API names it, e.g. "is", "is_not", "less_than", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#operator OmnichannelQueue#operator}
   */
  readonly operator: string;
  /**
   * The value as the API expects it (numbers and ids as strings, e.g. "open" or "360001234567"). Left out for an operator that takes none (such as "present").
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#value OmnichannelQueue#value}
   */
  readonly value?: string;
}

export function omnichannelQueueConditionsAnyToTerraform(struct?: OmnichannelQueueConditionsAny | cdktf.IResolvable): any {
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

export function omnichannelQueueConditionsAnyToHclTerraform(struct?: OmnichannelQueueConditionsAny | cdktf.IResolvable): any {
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

export class OmnichannelQueueConditionsAnyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): OmnichannelQueueConditionsAny | cdktf.IResolvable | undefined {
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

  public set internalValue(value: OmnichannelQueueConditionsAny | cdktf.IResolvable | undefined) {
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

export class OmnichannelQueueConditionsAnyList extends cdktf.ComplexList {
  public internalValue?: OmnichannelQueueConditionsAny[] | cdktf.IResolvable;

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
  public get(index: number): OmnichannelQueueConditionsAnyOutputReference {
    return new OmnichannelQueueConditionsAnyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface OmnichannelQueueConditions {
  /**
   * Conditions a ticket must all meet ("Meet ALL of the following conditions") for the queue. A set: their order has no meaning, and the plan shows each condition added or removed as itself.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#all OmnichannelQueue#all}
   */
  readonly all?: OmnichannelQueueConditionsAll[] | cdktf.IResolvable;
  /**
   * Conditions of which a ticket must meet at least one ("Meet ANY of the following conditions") for the queue. A set: their order has no meaning, and the plan shows each condition added or removed as itself.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#any OmnichannelQueue#any}
   */
  readonly any?: OmnichannelQueueConditionsAny[] | cdktf.IResolvable;
}

export function omnichannelQueueConditionsToTerraform(struct?: OmnichannelQueueConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    all: cdktf.listMapper(omnichannelQueueConditionsAllToTerraform, false)(struct!.all),
    any: cdktf.listMapper(omnichannelQueueConditionsAnyToTerraform, false)(struct!.any),
  };
}

export function omnichannelQueueConditionsToHclTerraform(struct?: OmnichannelQueueConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    all: {
      value: cdktf.listMapperHcl(omnichannelQueueConditionsAllToHclTerraform, false)(struct!.all),
      isBlock: false,
      type: 'set',
      storageClassType: 'OmnichannelQueueConditionsAllList',
    },
    any: {
      value: cdktf.listMapperHcl(omnichannelQueueConditionsAnyToHclTerraform, false)(struct!.any),
      isBlock: false,
      type: 'set',
      storageClassType: 'OmnichannelQueueConditionsAnyList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class OmnichannelQueueConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OmnichannelQueueConditions | cdktf.IResolvable | undefined {
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

  public set internalValue(value: OmnichannelQueueConditions | cdktf.IResolvable | undefined) {
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
  private _all = new OmnichannelQueueConditionsAllList(this, 'all', true);
  public get all() {
    return this._all;
  }
  public putAll(value: OmnichannelQueueConditionsAll[] | cdktf.IResolvable) {
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
  private _any = new OmnichannelQueueConditionsAnyList(this, 'any', true);
  public get any() {
    return this._any;
  }
  public putAny(value: OmnichannelQueueConditionsAny[] | cdktf.IResolvable) {
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

export interface OmnichannelQueueSubqueues {
  /**
   * The subqueue name (unique within the queue).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#name OmnichannelQueue#name}
   */
  readonly name: string;
  /**
   * The share of the queue's tickets this subqueue gets, in percent.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#percentage OmnichannelQueue#percentage}
   */
  readonly percentage: number;
  /**
   * The IDs of the groups the subqueue's tickets are routed to first.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#primary_group_ids OmnichannelQueue#primary_group_ids}
   */
  readonly primaryGroupIds: number[];
  /**
   * The subqueue's priority, 1 (the highest) to 100. Left out: 1.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#priority OmnichannelQueue#priority}
   */
  readonly priority?: number;
  /**
   * The IDs of the groups that get the subqueue's tickets when no primary agent is available.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#secondary_group_ids OmnichannelQueue#secondary_group_ids}
   */
  readonly secondaryGroupIds?: number[];
}

export function omnichannelQueueSubqueuesToTerraform(struct?: OmnichannelQueueSubqueues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    percentage: cdktf.numberToTerraform(struct!.percentage),
    primary_group_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.primaryGroupIds),
    priority: cdktf.numberToTerraform(struct!.priority),
    secondary_group_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.secondaryGroupIds),
  };
}

export function omnichannelQueueSubqueuesToHclTerraform(struct?: OmnichannelQueueSubqueues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    percentage: {
      value: cdktf.numberToHclTerraform(struct!.percentage),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    primary_group_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.primaryGroupIds),
      isBlock: false,
      type: 'set',
      storageClassType: 'numberList',
    },
    priority: {
      value: cdktf.numberToHclTerraform(struct!.priority),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    secondary_group_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.secondaryGroupIds),
      isBlock: false,
      type: 'set',
      storageClassType: 'numberList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class OmnichannelQueueSubqueuesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): OmnichannelQueueSubqueues | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._percentage !== undefined) {
      hasAnyValues = true;
      internalValueResult.percentage = this._percentage;
    }
    if (this._primaryGroupIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaryGroupIds = this._primaryGroupIds;
    }
    if (this._priority !== undefined) {
      hasAnyValues = true;
      internalValueResult.priority = this._priority;
    }
    if (this._secondaryGroupIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.secondaryGroupIds = this._secondaryGroupIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OmnichannelQueueSubqueues | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._percentage = undefined;
      this._primaryGroupIds = undefined;
      this._priority = undefined;
      this._secondaryGroupIds = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._percentage = value.percentage;
      this._primaryGroupIds = value.primaryGroupIds;
      this._priority = value.priority;
      this._secondaryGroupIds = value.secondaryGroupIds;
    }
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

  // percentage - computed: false, optional: false, required: true
  private _percentage?: number;
  public get percentage() {
    return this.getNumberAttribute('percentage');
  }
  public set percentage(value: number) {
    this._percentage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get percentageInput() {
    return this._percentage;
  }

  // primary_group_ids - computed: false, optional: false, required: true
  private _primaryGroupIds?: number[];
  public get primaryGroupIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('primary_group_ids')));
  }
  public set primaryGroupIds(value: number[]) {
    this._primaryGroupIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGroupIdsInput() {
    return this._primaryGroupIds;
  }

  // priority - computed: false, optional: true, required: false
  private _priority?: number;
  public get priority() {
    return this.getNumberAttribute('priority');
  }
  public set priority(value: number) {
    this._priority = value;
  }
  public resetPriority() {
    this._priority = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get priorityInput() {
    return this._priority;
  }

  // secondary_group_ids - computed: false, optional: true, required: false
  private _secondaryGroupIds?: number[];
  public get secondaryGroupIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('secondary_group_ids')));
  }
  public set secondaryGroupIds(value: number[]) {
    this._secondaryGroupIds = value;
  }
  public resetSecondaryGroupIds() {
    this._secondaryGroupIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secondaryGroupIdsInput() {
    return this._secondaryGroupIds;
  }
}

export class OmnichannelQueueSubqueuesList extends cdktf.ComplexList {
  public internalValue?: OmnichannelQueueSubqueues[] | cdktf.IResolvable;

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
  public get(index: number): OmnichannelQueueSubqueuesOutputReference {
    return new OmnichannelQueueSubqueuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue zendesk_omnichannel_queue}
 */
export class OmnichannelQueue extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_omnichannel_queue';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a OmnichannelQueue resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the OmnichannelQueue to import
   * @param importFromId The id of the existing OmnichannelQueue that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the OmnichannelQueue to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_omnichannel_queue', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue zendesk_omnichannel_queue} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options OmnichannelQueueConfig
   */
  public constructor(scope: Construct, id: string, config: OmnichannelQueueConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_omnichannel_queue',
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
    this._conditions.internalValue = config.conditions;
    this._description = config.description;
    this._name = config.name;
    this._primaryGroupIds = config.primaryGroupIds;
    this._priority = config.priority;
    this._secondaryGroupIds = config.secondaryGroupIds;
    this._subqueues.internalValue = config.subqueues;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // conditions - computed: false, optional: true, required: false
  private _conditions = new OmnichannelQueueConditionsOutputReference(this, 'conditions');
  public get conditions() {
    return this._conditions;
  }
  public putConditions(value: OmnichannelQueueConditions) {
    this._conditions.internalValue = value;
  }
  public resetConditions() {
    this._conditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionsInput() {
    return this._conditions.internalValue;
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

  // primary_group_ids - computed: false, optional: true, required: false
  private _primaryGroupIds?: number[];
  public get primaryGroupIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('primary_group_ids')));
  }
  public set primaryGroupIds(value: number[]) {
    this._primaryGroupIds = value;
  }
  public resetPrimaryGroupIds() {
    this._primaryGroupIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryGroupIdsInput() {
    return this._primaryGroupIds;
  }

  // priority - computed: true, optional: true, required: false
  private _priority?: number;
  public get priority() {
    return this.getNumberAttribute('priority');
  }
  public set priority(value: number) {
    this._priority = value;
  }
  public resetPriority() {
    this._priority = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get priorityInput() {
    return this._priority;
  }

  // secondary_group_ids - computed: false, optional: true, required: false
  private _secondaryGroupIds?: number[];
  public get secondaryGroupIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('secondary_group_ids')));
  }
  public set secondaryGroupIds(value: number[]) {
    this._secondaryGroupIds = value;
  }
  public resetSecondaryGroupIds() {
    this._secondaryGroupIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secondaryGroupIdsInput() {
    return this._secondaryGroupIds;
  }

  // subqueues - computed: false, optional: true, required: false
  private _subqueues = new OmnichannelQueueSubqueuesList(this, 'subqueues', true);
  public get subqueues() {
    return this._subqueues;
  }
  public putSubqueues(value: OmnichannelQueueSubqueues[] | cdktf.IResolvable) {
    this._subqueues.internalValue = value;
  }
  public resetSubqueues() {
    this._subqueues.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subqueuesInput() {
    return this._subqueues.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      conditions: omnichannelQueueConditionsToTerraform(this._conditions.internalValue),
      description: cdktf.stringToTerraform(this._description),
      name: cdktf.stringToTerraform(this._name),
      primary_group_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._primaryGroupIds),
      priority: cdktf.numberToTerraform(this._priority),
      secondary_group_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._secondaryGroupIds),
      subqueues: cdktf.listMapper(omnichannelQueueSubqueuesToTerraform, false)(this._subqueues.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      conditions: {
        value: omnichannelQueueConditionsToHclTerraform(this._conditions.internalValue),
        isBlock: false,
        type: 'list',
        storageClassType: 'OmnichannelQueueConditions',
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
      primary_group_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._primaryGroupIds),
        isBlock: false,
        type: 'set',
        storageClassType: 'numberList',
      },
      priority: {
        value: cdktf.numberToHclTerraform(this._priority),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      secondary_group_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._secondaryGroupIds),
        isBlock: false,
        type: 'set',
        storageClassType: 'numberList',
      },
      subqueues: {
        value: cdktf.listMapperHcl(omnichannelQueueSubqueuesToHclTerraform, false)(this._subqueues.internalValue),
        isBlock: false,
        type: 'set',
        storageClassType: 'OmnichannelQueueSubqueuesList',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
