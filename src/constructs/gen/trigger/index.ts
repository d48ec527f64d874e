// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TriggerConfig extends cdktf.TerraformMetaArguments {
  /**
   * Whether the trigger is active. Defaults to true.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#active Trigger#active}
   */
  readonly active?: boolean | cdktf.IResolvable;
  /**
   * When this resource is created and Zendesk already has a trigger with exactly the planned title, active flag, description, conditions and actions that no other resource of the same apply created or adopted, manage that trigger instead of creating a duplicate (with a warning; the plan warns first). This makes a create that failed without a usable answer (timeout, reset connection, 5xx) safe to apply again. Set false when you really want another identical trigger. Defaults to true; only creates read it.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#adopt_identical Trigger#adopt_identical}
   */
  readonly adoptIdentical?: boolean | cdktf.IResolvable;
  /**
   * The trigger category ID. Zendesk assigns the default category when unset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#category_id Trigger#category_id}
   */
  readonly categoryId?: string;
  /**
   * What the trigger is for.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#description Trigger#description}
   */
  readonly description?: string;
  /**
   * What destroying this resource does: "delete" (default) deletes the trigger in Zendesk; "retain" only removes it from Terraform state; "restore" puts back the title, active flag, conditions and actions the trigger had when it was imported (for adopted standard triggers), or retains it if it was not imported.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#on_destroy Trigger#on_destroy}
   */
  readonly onDestroy?: string;
  /**
   * Firing order among triggers. New triggers are added last when unset; when unset Terraform does not move it.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#position Trigger#position}
   */
  readonly position?: number;
  /**
   * The trigger title.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#title Trigger#title}
   */
  readonly title: string;
  /**
   * What the trigger does, in order.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#actions Trigger#actions}
   */
  readonly actions: TriggerActions[] | cdktf.IResolvable;
  /**
   * When the trigger fires: ALL conditions must be met, and at least one ANY condition when there are any.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#conditions Trigger#conditions}
   */
  readonly conditions?: TriggerConditions;
}

export interface TriggerActions {
  /**
   * The action's API field name (the "subject" in GET /api/v2/triggers/definitions), e.g. "status". Set field or field_title, not both.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field Trigger#field}
   */
  readonly field?: string;
  /**
   * The action's title as Admin Center shows it, e.g. "Messaging session ended reason". Resolved to the API field through the account's trigger definitions, for fields whose API name Zendesk does not publish.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field_title Trigger#field_title}
   */
  readonly fieldTitle?: string;
  /**
   * The action's value as the API expects it (numbers as strings). Set at most one of value, values and value_title. A multi-value item is written with values, not as a JSON string: value = jsonencode([...]) (the spelling of other Zendesk providers) fails the plan with the values line to write instead, except for fields that take free text, where it is sent as that text (with a warning).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value Trigger#value}
   */
  readonly value?: string;
  /**
   * The value by its title in the definitions (e.g. "Ended by agent"), resolved like field_title.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value_title Trigger#value_title}
   */
  readonly valueTitle?: string;
  /**
   * A multi-value action, e.g. values = ["requester_id", "Subject", "Body"] for notification_user (recipient, subject, body).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#values Trigger#values}
   */
  readonly values?: string[];
}

export function triggerActionsToTerraform(struct?: TriggerActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    field: cdktf.stringToTerraform(struct!.field),
    field_title: cdktf.stringToTerraform(struct!.fieldTitle),
    value: cdktf.stringToTerraform(struct!.value),
    value_title: cdktf.stringToTerraform(struct!.valueTitle),
    values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.values),
  };
}

export function triggerActionsToHclTerraform(struct?: TriggerActions | cdktf.IResolvable): any {
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
    field_title: {
      value: cdktf.stringToHclTerraform(struct!.fieldTitle),
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
    value_title: {
      value: cdktf.stringToHclTerraform(struct!.valueTitle),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    values: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.values),
      isBlock: false,
      type: 'list',
      storageClassType: 'stringList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class TriggerActionsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): TriggerActions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._fieldTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldTitle = this._fieldTitle;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueTitle = this._valueTitle;
    }
    if (this._values !== undefined) {
      hasAnyValues = true;
      internalValueResult.values = this._values;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TriggerActions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._field = undefined;
      this._fieldTitle = undefined;
      this._value = undefined;
      this._valueTitle = undefined;
      this._values = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._field = value.field;
      this._fieldTitle = value.fieldTitle;
      this._value = value.value;
      this._valueTitle = value.valueTitle;
      this._values = value.values;
    }
  }

  // field - computed: false, optional: true, required: false
  private _field?: string;
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // field_title - computed: false, optional: true, required: false
  private _fieldTitle?: string;
  public get fieldTitle() {
    return this.getStringAttribute('field_title');
  }
  public set fieldTitle(value: string) {
    this._fieldTitle = value;
  }
  public resetFieldTitle() {
    this._fieldTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldTitleInput() {
    return this._fieldTitle;
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

  // value_title - computed: false, optional: true, required: false
  private _valueTitle?: string;
  public get valueTitle() {
    return this.getStringAttribute('value_title');
  }
  public set valueTitle(value: string) {
    this._valueTitle = value;
  }
  public resetValueTitle() {
    this._valueTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTitleInput() {
    return this._valueTitle;
  }

  // values - computed: false, optional: true, required: false
  private _values?: string[];
  public get values() {
    return this.getListAttribute('values');
  }
  public set values(value: string[]) {
    this._values = value;
  }
  public resetValues() {
    this._values = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesInput() {
    return this._values;
  }
}

export class TriggerActionsList extends cdktf.ComplexList {
  public internalValue?: TriggerActions[] | cdktf.IResolvable;

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
  public get(index: number): TriggerActionsOutputReference {
    return new TriggerActionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface TriggerConditionsAll {
  /**
   * The condition's API field name (the "subject" in GET /api/v2/triggers/definitions), e.g. "status". Set field or field_title, not both.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field Trigger#field}
   */
  readonly field?: string;
  /**
   * The condition's title as Admin Center shows it, e.g. "Messaging session ended reason". Resolved to the API field through the account's trigger definitions, for fields whose API name Zendesk does not publish.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field_title Trigger#field_title}
   */
  readonly fieldTitle?: string;
  /**
   * The operator's API value, e.g. "is", "is_not", "value" (changed to), "value_previous" (changed from), "changed", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#operator Trigger#operator}
   */
  readonly operator: string;
  /**
   * The condition's value as the API expects it (numbers as strings). Set at most one of value, values and value_title. A multi-value item is written with values, not as a JSON string: value = jsonencode([...]) (the spelling of other Zendesk providers) fails the plan with the values line to write instead, except for fields that take free text, where it is sent as that text (with a warning).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value Trigger#value}
   */
  readonly value?: string;
  /**
   * The value by its title in the definitions (e.g. "Ended by agent"), resolved like field_title.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value_title Trigger#value_title}
   */
  readonly valueTitle?: string;
  /**
   * A multi-value condition, e.g. values = ["requester_id", "Subject", "Body"] for notification_user (recipient, subject, body).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#values Trigger#values}
   */
  readonly values?: string[];
}

export function triggerConditionsAllToTerraform(struct?: TriggerConditionsAll | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    field: cdktf.stringToTerraform(struct!.field),
    field_title: cdktf.stringToTerraform(struct!.fieldTitle),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
    value_title: cdktf.stringToTerraform(struct!.valueTitle),
    values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.values),
  };
}

export function triggerConditionsAllToHclTerraform(struct?: TriggerConditionsAll | cdktf.IResolvable): any {
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
    field_title: {
      value: cdktf.stringToHclTerraform(struct!.fieldTitle),
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
    value_title: {
      value: cdktf.stringToHclTerraform(struct!.valueTitle),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    values: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.values),
      isBlock: false,
      type: 'list',
      storageClassType: 'stringList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class TriggerConditionsAllOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): TriggerConditionsAll | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._fieldTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldTitle = this._fieldTitle;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueTitle = this._valueTitle;
    }
    if (this._values !== undefined) {
      hasAnyValues = true;
      internalValueResult.values = this._values;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TriggerConditionsAll | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._field = undefined;
      this._fieldTitle = undefined;
      this._operator = undefined;
      this._value = undefined;
      this._valueTitle = undefined;
      this._values = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._field = value.field;
      this._fieldTitle = value.fieldTitle;
      this._operator = value.operator;
      this._value = value.value;
      this._valueTitle = value.valueTitle;
      this._values = value.values;
    }
  }

  // field - computed: false, optional: true, required: false
  private _field?: string;
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // field_title - computed: false, optional: true, required: false
  private _fieldTitle?: string;
  public get fieldTitle() {
    return this.getStringAttribute('field_title');
  }
  public set fieldTitle(value: string) {
    this._fieldTitle = value;
  }
  public resetFieldTitle() {
    this._fieldTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldTitleInput() {
    return this._fieldTitle;
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

  // value_title - computed: false, optional: true, required: false
  private _valueTitle?: string;
  public get valueTitle() {
    return this.getStringAttribute('value_title');
  }
  public set valueTitle(value: string) {
    this._valueTitle = value;
  }
  public resetValueTitle() {
    this._valueTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTitleInput() {
    return this._valueTitle;
  }

  // values - computed: false, optional: true, required: false
  private _values?: string[];
  public get values() {
    return this.getListAttribute('values');
  }
  public set values(value: string[]) {
    this._values = value;
  }
  public resetValues() {
    this._values = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesInput() {
    return this._values;
  }
}

export class TriggerConditionsAllList extends cdktf.ComplexList {
  public internalValue?: TriggerConditionsAll[] | cdktf.IResolvable;

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
  public get(index: number): TriggerConditionsAllOutputReference {
    return new TriggerConditionsAllOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface TriggerConditionsAny {
  /**
   * The condition's API field name (the "subject" in GET /api/v2/triggers/definitions), e.g. "status". Set field or field_title, not both.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field Trigger#field}
   */
  readonly field?: string;
  /**
   * The condition's title as Admin Center shows it, e.g. "Messaging session ended reason". Resolved to the API field through the account's trigger definitions, for fields whose API name Zendesk does not publish.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#field_title Trigger#field_title}
   */
  readonly fieldTitle?: string;
  /**
   * The operator's API value, e.g. "is", "is_not", "value" (changed to), "value_previous" (changed from), "changed", "includes".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#operator Trigger#operator}
   */
  readonly operator: string;
  /**
   * The condition's value as the API expects it (numbers as strings). Set at most one of value, values and value_title. A multi-value item is written with values, not as a JSON string: value = jsonencode([...]) (the spelling of other Zendesk providers) fails the plan with the values line to write instead, except for fields that take free text, where it is sent as that text (with a warning).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value Trigger#value}
   */
  readonly value?: string;
  /**
   * The value by its title in the definitions (e.g. "Ended by agent"), resolved like field_title.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#value_title Trigger#value_title}
   */
  readonly valueTitle?: string;
  /**
   * A multi-value condition, e.g. values = ["requester_id", "Subject", "Body"] for notification_user (recipient, subject, body).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#values Trigger#values}
   */
  readonly values?: string[];
}

export function triggerConditionsAnyToTerraform(struct?: TriggerConditionsAny | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    field: cdktf.stringToTerraform(struct!.field),
    field_title: cdktf.stringToTerraform(struct!.fieldTitle),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
    value_title: cdktf.stringToTerraform(struct!.valueTitle),
    values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.values),
  };
}

export function triggerConditionsAnyToHclTerraform(struct?: TriggerConditionsAny | cdktf.IResolvable): any {
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
    field_title: {
      value: cdktf.stringToHclTerraform(struct!.fieldTitle),
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
    value_title: {
      value: cdktf.stringToHclTerraform(struct!.valueTitle),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    values: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.values),
      isBlock: false,
      type: 'list',
      storageClassType: 'stringList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class TriggerConditionsAnyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): TriggerConditionsAny | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._fieldTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldTitle = this._fieldTitle;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueTitle !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueTitle = this._valueTitle;
    }
    if (this._values !== undefined) {
      hasAnyValues = true;
      internalValueResult.values = this._values;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TriggerConditionsAny | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._field = undefined;
      this._fieldTitle = undefined;
      this._operator = undefined;
      this._value = undefined;
      this._valueTitle = undefined;
      this._values = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._field = value.field;
      this._fieldTitle = value.fieldTitle;
      this._operator = value.operator;
      this._value = value.value;
      this._valueTitle = value.valueTitle;
      this._values = value.values;
    }
  }

  // field - computed: false, optional: true, required: false
  private _field?: string;
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // field_title - computed: false, optional: true, required: false
  private _fieldTitle?: string;
  public get fieldTitle() {
    return this.getStringAttribute('field_title');
  }
  public set fieldTitle(value: string) {
    this._fieldTitle = value;
  }
  public resetFieldTitle() {
    this._fieldTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldTitleInput() {
    return this._fieldTitle;
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

  // value_title - computed: false, optional: true, required: false
  private _valueTitle?: string;
  public get valueTitle() {
    return this.getStringAttribute('value_title');
  }
  public set valueTitle(value: string) {
    this._valueTitle = value;
  }
  public resetValueTitle() {
    this._valueTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTitleInput() {
    return this._valueTitle;
  }

  // values - computed: false, optional: true, required: false
  private _values?: string[];
  public get values() {
    return this.getListAttribute('values');
  }
  public set values(value: string[]) {
    this._values = value;
  }
  public resetValues() {
    this._values = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesInput() {
    return this._values;
  }
}

export class TriggerConditionsAnyList extends cdktf.ComplexList {
  public internalValue?: TriggerConditionsAny[] | cdktf.IResolvable;

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
  public get(index: number): TriggerConditionsAnyOutputReference {
    return new TriggerConditionsAnyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface TriggerConditions {
  /**
   * Conditions that must all be met ("Meet ALL of the following conditions"). A set: the order does not change when the trigger fires, so neither the order written nor Zendesk answering them in another order is a change.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#all Trigger#all}
   */
  readonly all?: TriggerConditionsAll[] | cdktf.IResolvable;
  /**
   * Conditions of which at least one must be met ("Meet ANY of the following conditions"). A set: the order does not change when the trigger fires, so neither the order written nor Zendesk answering them in another order is a change.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#any Trigger#any}
   */
  readonly any?: TriggerConditionsAny[] | cdktf.IResolvable;
}

export function triggerConditionsToTerraform(struct?: TriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    all: cdktf.listMapper(triggerConditionsAllToTerraform, true)(struct!.all),
    any: cdktf.listMapper(triggerConditionsAnyToTerraform, true)(struct!.any),
  };
}

export function triggerConditionsToHclTerraform(struct?: TriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    all: {
      value: cdktf.listMapperHcl(triggerConditionsAllToHclTerraform, true)(struct!.all),
      isBlock: true,
      type: 'set',
      storageClassType: 'TriggerConditionsAllList',
    },
    any: {
      value: cdktf.listMapperHcl(triggerConditionsAnyToHclTerraform, true)(struct!.any),
      isBlock: true,
      type: 'set',
      storageClassType: 'TriggerConditionsAnyList',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class TriggerConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): TriggerConditions | cdktf.IResolvable | undefined {
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

  public set internalValue(value: TriggerConditions | cdktf.IResolvable | undefined) {
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
  private _all = new TriggerConditionsAllList(this, 'all', true);
  public get all() {
    return this._all;
  }
  public putAll(value: TriggerConditionsAll[] | cdktf.IResolvable) {
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
  private _any = new TriggerConditionsAnyList(this, 'any', true);
  public get any() {
    return this._any;
  }
  public putAny(value: TriggerConditionsAny[] | cdktf.IResolvable) {
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
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger zendesk_trigger}
 */
export class Trigger extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_trigger';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a Trigger resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Trigger to import
   * @param importFromId The id of the existing Trigger that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Trigger to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_trigger', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/trigger zendesk_trigger} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options TriggerConfig
   */
  public constructor(scope: Construct, id: string, config: TriggerConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_trigger',
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
    this._active = config.active;
    this._adoptIdentical = config.adoptIdentical;
    this._categoryId = config.categoryId;
    this._description = config.description;
    this._onDestroy = config.onDestroy;
    this._position = config.position;
    this._title = config.title;
    this._actions.internalValue = config.actions;
    this._conditions.internalValue = config.conditions;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // active - computed: true, optional: true, required: false
  private _active?: boolean | cdktf.IResolvable;
  public get active() {
    return this.getBooleanAttribute('active');
  }
  public set active(value: boolean | cdktf.IResolvable) {
    this._active = value;
  }
  public resetActive() {
    this._active = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activeInput() {
    return this._active;
  }

  // adopt_identical - computed: true, optional: true, required: false
  private _adoptIdentical?: boolean | cdktf.IResolvable;
  public get adoptIdentical() {
    return this.getBooleanAttribute('adopt_identical');
  }
  public set adoptIdentical(value: boolean | cdktf.IResolvable) {
    this._adoptIdentical = value;
  }
  public resetAdoptIdentical() {
    this._adoptIdentical = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adoptIdenticalInput() {
    return this._adoptIdentical;
  }

  // category_id - computed: true, optional: true, required: false
  private _categoryId?: string;
  public get categoryId() {
    return this.getStringAttribute('category_id');
  }
  public set categoryId(value: string) {
    this._categoryId = value;
  }
  public resetCategoryId() {
    this._categoryId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get categoryIdInput() {
    return this._categoryId;
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

  // on_destroy - computed: true, optional: true, required: false
  private _onDestroy?: string;
  public get onDestroy() {
    return this.getStringAttribute('on_destroy');
  }
  public set onDestroy(value: string) {
    this._onDestroy = value;
  }
  public resetOnDestroy() {
    this._onDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onDestroyInput() {
    return this._onDestroy;
  }

  // position - computed: true, optional: true, required: false
  private _position?: number;
  public get position() {
    return this.getNumberAttribute('position');
  }
  public set position(value: number) {
    this._position = value;
  }
  public resetPosition() {
    this._position = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get positionInput() {
    return this._position;
  }

  // title - computed: false, optional: false, required: true
  private _title?: string;
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }

  // actions - computed: false, optional: false, required: true
  private _actions = new TriggerActionsList(this, 'actions', false);
  public get actions() {
    return this._actions;
  }
  public putActions(value: TriggerActions[] | cdktf.IResolvable) {
    this._actions.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionsInput() {
    return this._actions.internalValue;
  }

  // conditions - computed: false, optional: true, required: false
  private _conditions = new TriggerConditionsOutputReference(this, 'conditions');
  public get conditions() {
    return this._conditions;
  }
  public putConditions(value: TriggerConditions) {
    this._conditions.internalValue = value;
  }
  public resetConditions() {
    this._conditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionsInput() {
    return this._conditions.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      active: cdktf.booleanToTerraform(this._active),
      adopt_identical: cdktf.booleanToTerraform(this._adoptIdentical),
      category_id: cdktf.stringToTerraform(this._categoryId),
      description: cdktf.stringToTerraform(this._description),
      on_destroy: cdktf.stringToTerraform(this._onDestroy),
      position: cdktf.numberToTerraform(this._position),
      title: cdktf.stringToTerraform(this._title),
      actions: cdktf.listMapper(triggerActionsToTerraform, true)(this._actions.internalValue),
      conditions: triggerConditionsToTerraform(this._conditions.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      active: {
        value: cdktf.booleanToHclTerraform(this._active),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      adopt_identical: {
        value: cdktf.booleanToHclTerraform(this._adoptIdentical),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      category_id: {
        value: cdktf.stringToHclTerraform(this._categoryId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      on_destroy: {
        value: cdktf.stringToHclTerraform(this._onDestroy),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      position: {
        value: cdktf.numberToHclTerraform(this._position),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      title: {
        value: cdktf.stringToHclTerraform(this._title),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      actions: {
        value: cdktf.listMapperHcl(triggerActionsToHclTerraform, true)(this._actions.internalValue),
        isBlock: true,
        type: 'list',
        storageClassType: 'TriggerActionsList',
      },
      conditions: {
        value: triggerConditionsToHclTerraform(this._conditions.internalValue),
        isBlock: true,
        type: 'struct',
        storageClassType: 'TriggerConditions',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
