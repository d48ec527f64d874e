// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/messaging_settings
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataZendeskMessagingSettingsConfig extends cdktf.TerraformMetaArguments {}

export interface DataZendeskMessagingSettingsInactivityReminders {}

export function dataZendeskMessagingSettingsInactivityRemindersToTerraform(struct?: DataZendeskMessagingSettingsInactivityReminders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {};
}

export function dataZendeskMessagingSettingsInactivityRemindersToHclTerraform(struct?: DataZendeskMessagingSettingsInactivityReminders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {};
}

export class DataZendeskMessagingSettingsInactivityRemindersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataZendeskMessagingSettingsInactivityReminders | undefined {
    const hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataZendeskMessagingSettingsInactivityReminders | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // tags - computed: true, optional: false, required: false
  public get tags() {
    return this.getListAttribute('tags');
  }

  // ticket_status_id - computed: true, optional: false, required: false
  public get ticketStatusId() {
    return this.getNumberAttribute('ticket_status_id');
  }

  // timeout_seconds - computed: true, optional: false, required: false
  public get timeoutSeconds() {
    return this.getNumberAttribute('timeout_seconds');
  }
}

export class DataZendeskMessagingSettingsInactivityRemindersList extends cdktf.ComplexList {
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
  public get(index: number): DataZendeskMessagingSettingsInactivityRemindersOutputReference {
    return new DataZendeskMessagingSettingsInactivityRemindersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface DataZendeskMessagingSettingsInactivity {}

export function dataZendeskMessagingSettingsInactivityToTerraform(struct?: DataZendeskMessagingSettingsInactivity): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {};
}

export function dataZendeskMessagingSettingsInactivityToHclTerraform(struct?: DataZendeskMessagingSettingsInactivity): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {};
}

export class DataZendeskMessagingSettingsInactivityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataZendeskMessagingSettingsInactivity | undefined {
    const hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataZendeskMessagingSettingsInactivity | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }

  // end_session - computed: true, optional: false, required: false
  public get endSession() {
    return this.getBooleanAttribute('end_session');
  }

  // reminders - computed: true, optional: false, required: false
  private _reminders = new DataZendeskMessagingSettingsInactivityRemindersList(this, 'reminders', false);
  public get reminders() {
    return this._reminders;
  }

  // ticket_status_id - computed: true, optional: false, required: false
  public get ticketStatusId() {
    return this.getNumberAttribute('ticket_status_id');
  }

  // timeout - computed: true, optional: false, required: false
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }

  // timeout_minutes - computed: true, optional: false, required: false
  public get timeoutMinutes() {
    return this.getNumberAttribute('timeout_minutes');
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/messaging_settings zendesk_messaging_settings}
 */
export class DataZendeskMessagingSettings extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_messaging_settings';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a DataZendeskMessagingSettings resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataZendeskMessagingSettings to import
   * @param importFromId The id of the existing DataZendeskMessagingSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/messaging_settings#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataZendeskMessagingSettings to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_messaging_settings', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/messaging_settings zendesk_messaging_settings} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataZendeskMessagingSettingsConfig = {}
   */
  public constructor(scope: Construct, id: string, config: DataZendeskMessagingSettingsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'zendesk_messaging_settings',
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agent_ended_session_routing - computed: true, optional: false, required: false
  public get agentEndedSessionRouting() {
    return this.getStringAttribute('agent_ended_session_routing');
  }

  // agents_can_end_sessions - computed: true, optional: false, required: false
  public get agentsCanEndSessions() {
    return this.getBooleanAttribute('agents_can_end_sessions');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // inactivity - computed: true, optional: false, required: false
  private _inactivity = new DataZendeskMessagingSettingsInactivityOutputReference(this, 'inactivity');
  public get inactivity() {
    return this._inactivity;
  }

  // omnichannel_routing_enabled - computed: true, optional: false, required: false
  public get omnichannelRoutingEnabled() {
    return this.getBooleanAttribute('omnichannel_routing_enabled');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {};
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    return {};
  }
}
