// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface MessagingSettingsConfig extends cdktf.TerraformMetaArguments {
  /**
   * How omnichannel routing treats tickets of sessions an agent ended: "messaging" (Zendesk's default) or "email" (routed as email tickets and counted toward email capacity: "Route agent-ended messaging sessions as email tickets" in Admin Center > Objects and rules > Omnichannel routing > Routing configuration). Takes effect only with omnichannel routing on and agents allowed to end sessions; otherwise Zendesk keeps the value without effect, and plans and drift reports say so with a warning. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#agent_ended_session_routing MessagingSettings#agent_ended_session_routing}
   */
  readonly agentEndedSessionRouting?: string;
  /**
   * Agents can end messaging sessions at any time (Admin Center > Channels > Messaging and social > Messaging > Manage settings > Advanced > End sessions). On by default; off by default for accounts that had messaging before the feature shipped. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#agents_can_end_sessions MessagingSettings#agents_can_end_sessions}
   */
  readonly agentsCanEndSessions?: boolean | cdktf.IResolvable;
  /**
   * Auto-release capacity (settings.messaging_inactivity): release the agent's messaging capacity when the end user is inactive, with up to 3 reminders. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#inactivity MessagingSettings#inactivity}
   */
  readonly inactivity?: MessagingSettingsInactivity;
  /**
   * What destroying this resource does: "retain" (default) leaves the account as it is and only removes it from Terraform state; "reset" restores Zendesk's defaults for the settings this resource manages.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#on_destroy MessagingSettings#on_destroy}
   */
  readonly onDestroy?: string;
}

export interface MessagingSettingsInactivityReminders {
  /**
   * Text sent to the end user when the reminder fires.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#message MessagingSettings#message}
   */
  readonly message: string;
  /**
   * Tags added to the ticket when the reminder fires.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#tags MessagingSettings#tags}
   */
  readonly tags?: string[];
  /**
   * Ticket status set when the reminder fires (Pending, On-hold or Solved, or a custom status in those categories). Only for the second and third reminders; unset means no status change.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#ticket_status_id MessagingSettings#ticket_status_id}
   */
  readonly ticketStatusId?: number;
  /**
   * Wait after the previous reminder, in seconds (Admin Center offers 1-15 minutes). Required for the second and third reminders; leave unset for the first, which fires after the inactivity timeout.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#timeout_seconds MessagingSettings#timeout_seconds}
   */
  readonly timeoutSeconds?: number;
}

export function messagingSettingsInactivityRemindersToTerraform(struct?: MessagingSettingsInactivityReminders | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    message: cdktf.stringToTerraform(struct!.message),
    tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.tags),
    ticket_status_id: cdktf.numberToTerraform(struct!.ticketStatusId),
    timeout_seconds: cdktf.numberToTerraform(struct!.timeoutSeconds),
  };
}

export function messagingSettingsInactivityRemindersToHclTerraform(struct?: MessagingSettingsInactivityReminders | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    message: {
      value: cdktf.stringToHclTerraform(struct!.message),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    tags: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.tags),
      isBlock: false,
      type: 'list',
      storageClassType: 'stringList',
    },
    ticket_status_id: {
      value: cdktf.numberToHclTerraform(struct!.ticketStatusId),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    timeout_seconds: {
      value: cdktf.numberToHclTerraform(struct!.timeoutSeconds),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MessagingSettingsInactivityRemindersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): MessagingSettingsInactivityReminders | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._message !== undefined) {
      hasAnyValues = true;
      internalValueResult.message = this._message;
    }
    if (this._tags !== undefined) {
      hasAnyValues = true;
      internalValueResult.tags = this._tags;
    }
    if (this._ticketStatusId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ticketStatusId = this._ticketStatusId;
    }
    if (this._timeoutSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeoutSeconds = this._timeoutSeconds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MessagingSettingsInactivityReminders | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._message = undefined;
      this._tags = undefined;
      this._ticketStatusId = undefined;
      this._timeoutSeconds = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._message = value.message;
      this._tags = value.tags;
      this._ticketStatusId = value.ticketStatusId;
      this._timeoutSeconds = value.timeoutSeconds;
    }
  }

  // message - computed: true, optional: false, required: true
  private _message?: string;
  public get message() {
    return this.getStringAttribute('message');
  }
  public set message(value: string) {
    this._message = value;
  }
  // Temporarily expose input value. Use with caution.
  public get messageInput() {
    return this._message;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[];
  public get tags() {
    return this.getListAttribute('tags');
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // ticket_status_id - computed: true, optional: true, required: false
  private _ticketStatusId?: number;
  public get ticketStatusId() {
    return this.getNumberAttribute('ticket_status_id');
  }
  public set ticketStatusId(value: number) {
    this._ticketStatusId = value;
  }
  public resetTicketStatusId() {
    this._ticketStatusId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ticketStatusIdInput() {
    return this._ticketStatusId;
  }

  // timeout_seconds - computed: true, optional: true, required: false
  private _timeoutSeconds?: number;
  public get timeoutSeconds() {
    return this.getNumberAttribute('timeout_seconds');
  }
  public set timeoutSeconds(value: number) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }
}

export class MessagingSettingsInactivityRemindersList extends cdktf.ComplexList {
  public internalValue?: MessagingSettingsInactivityReminders[] | cdktf.IResolvable;

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
  public get(index: number): MessagingSettingsInactivityRemindersOutputReference {
    return new MessagingSettingsInactivityRemindersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

export interface MessagingSettingsInactivity {
  /**
   * Whether auto-release capacity is on. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#enabled MessagingSettings#enabled}
   */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
   * End the messaging session with the final reminder. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#end_session MessagingSettings#end_session}
   */
  readonly endSession?: boolean | cdktf.IResolvable;
  /**
   * Up to 3 reminders sent to an inactive end user, in order. Setting it replaces the whole list. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#reminders MessagingSettings#reminders}
   */
  readonly reminders?: MessagingSettingsInactivityReminders[] | cdktf.IResolvable;
  /**
   * Status the ticket gets when the conversation becomes inactive (Pending, On-hold or Solved, or a custom status in those categories; New and Open are not allowed). When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#ticket_status_id MessagingSettings#ticket_status_id}
   */
  readonly ticketStatusId?: number;
  /**
   * Deprecated: the former name of timeout_minutes, which it always equals. Use inactivity.timeout_minutes instead: the same setting, named with its unit. Setting both is an error. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#timeout MessagingSettings#timeout}
   *
   * @deprecated
   */
  readonly timeout?: number;
  /**
   * Minutes of end-user inactivity before the conversation counts as inactive (3-15). When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#timeout_minutes MessagingSettings#timeout_minutes}
   */
  readonly timeoutMinutes?: number;
}

export function messagingSettingsInactivityToTerraform(struct?: MessagingSettingsInactivity | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    end_session: cdktf.booleanToTerraform(struct!.endSession),
    reminders: cdktf.listMapper(messagingSettingsInactivityRemindersToTerraform, false)(struct!.reminders),
    ticket_status_id: cdktf.numberToTerraform(struct!.ticketStatusId),
    timeout: cdktf.numberToTerraform(struct!.timeout),
    timeout_minutes: cdktf.numberToTerraform(struct!.timeoutMinutes),
  };
}

export function messagingSettingsInactivityToHclTerraform(struct?: MessagingSettingsInactivity | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: 'simple',
      storageClassType: 'boolean',
    },
    end_session: {
      value: cdktf.booleanToHclTerraform(struct!.endSession),
      isBlock: false,
      type: 'simple',
      storageClassType: 'boolean',
    },
    reminders: {
      value: cdktf.listMapperHcl(messagingSettingsInactivityRemindersToHclTerraform, false)(struct!.reminders),
      isBlock: false,
      type: 'list',
      storageClassType: 'MessagingSettingsInactivityRemindersList',
    },
    ticket_status_id: {
      value: cdktf.numberToHclTerraform(struct!.ticketStatusId),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    timeout: {
      value: cdktf.numberToHclTerraform(struct!.timeout),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    timeout_minutes: {
      value: cdktf.numberToHclTerraform(struct!.timeoutMinutes),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MessagingSettingsInactivityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MessagingSettingsInactivity | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._endSession !== undefined) {
      hasAnyValues = true;
      internalValueResult.endSession = this._endSession;
    }
    if (this._reminders?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.reminders = this._reminders?.internalValue;
    }
    if (this._ticketStatusId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ticketStatusId = this._ticketStatusId;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    if (this._timeoutMinutes !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeoutMinutes = this._timeoutMinutes;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MessagingSettingsInactivity | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._endSession = undefined;
      this._reminders.internalValue = undefined;
      this._ticketStatusId = undefined;
      this._timeout = undefined;
      this._timeoutMinutes = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._endSession = value.endSession;
      this._reminders.internalValue = value.reminders;
      this._ticketStatusId = value.ticketStatusId;
      this._timeout = value.timeout;
      this._timeoutMinutes = value.timeoutMinutes;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable;
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // end_session - computed: true, optional: true, required: false
  private _endSession?: boolean | cdktf.IResolvable;
  public get endSession() {
    return this.getBooleanAttribute('end_session');
  }
  public set endSession(value: boolean | cdktf.IResolvable) {
    this._endSession = value;
  }
  public resetEndSession() {
    this._endSession = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endSessionInput() {
    return this._endSession;
  }

  // reminders - computed: true, optional: true, required: false
  private _reminders = new MessagingSettingsInactivityRemindersList(this, 'reminders', false);
  public get reminders() {
    return this._reminders;
  }
  public putReminders(value: MessagingSettingsInactivityReminders[] | cdktf.IResolvable) {
    this._reminders.internalValue = value;
  }
  public resetReminders() {
    this._reminders.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remindersInput() {
    return this._reminders.internalValue;
  }

  // ticket_status_id - computed: true, optional: true, required: false
  private _ticketStatusId?: number;
  public get ticketStatusId() {
    return this.getNumberAttribute('ticket_status_id');
  }
  public set ticketStatusId(value: number) {
    this._ticketStatusId = value;
  }
  public resetTicketStatusId() {
    this._ticketStatusId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ticketStatusIdInput() {
    return this._ticketStatusId;
  }

  // timeout - computed: true, optional: true, required: false
  private _timeout?: number;
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }
  public set timeout(value: number) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // timeout_minutes - computed: true, optional: true, required: false
  private _timeoutMinutes?: number;
  public get timeoutMinutes() {
    return this.getNumberAttribute('timeout_minutes');
  }
  public set timeoutMinutes(value: number) {
    this._timeoutMinutes = value;
  }
  public resetTimeoutMinutes() {
    this._timeoutMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutMinutesInput() {
    return this._timeoutMinutes;
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings zendesk_messaging_settings}
 */
export class MessagingSettings extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_messaging_settings';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a MessagingSettings resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the MessagingSettings to import
   * @param importFromId The id of the existing MessagingSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the MessagingSettings to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_messaging_settings', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/messaging_settings zendesk_messaging_settings} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options MessagingSettingsConfig = {}
   */
  public constructor(scope: Construct, id: string, config: MessagingSettingsConfig = {}) {
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
    this._agentEndedSessionRouting = config.agentEndedSessionRouting;
    this._agentsCanEndSessions = config.agentsCanEndSessions;
    this._inactivity.internalValue = config.inactivity;
    this._onDestroy = config.onDestroy;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agent_ended_session_routing - computed: true, optional: true, required: false
  private _agentEndedSessionRouting?: string;
  public get agentEndedSessionRouting() {
    return this.getStringAttribute('agent_ended_session_routing');
  }
  public set agentEndedSessionRouting(value: string) {
    this._agentEndedSessionRouting = value;
  }
  public resetAgentEndedSessionRouting() {
    this._agentEndedSessionRouting = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentEndedSessionRoutingInput() {
    return this._agentEndedSessionRouting;
  }

  // agents_can_end_sessions - computed: true, optional: true, required: false
  private _agentsCanEndSessions?: boolean | cdktf.IResolvable;
  public get agentsCanEndSessions() {
    return this.getBooleanAttribute('agents_can_end_sessions');
  }
  public set agentsCanEndSessions(value: boolean | cdktf.IResolvable) {
    this._agentsCanEndSessions = value;
  }
  public resetAgentsCanEndSessions() {
    this._agentsCanEndSessions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentsCanEndSessionsInput() {
    return this._agentsCanEndSessions;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // inactivity - computed: true, optional: true, required: false
  private _inactivity = new MessagingSettingsInactivityOutputReference(this, 'inactivity');
  public get inactivity() {
    return this._inactivity;
  }
  public putInactivity(value: MessagingSettingsInactivity) {
    this._inactivity.internalValue = value;
  }
  public resetInactivity() {
    this._inactivity.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inactivityInput() {
    return this._inactivity.internalValue;
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

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      agent_ended_session_routing: cdktf.stringToTerraform(this._agentEndedSessionRouting),
      agents_can_end_sessions: cdktf.booleanToTerraform(this._agentsCanEndSessions),
      inactivity: messagingSettingsInactivityToTerraform(this._inactivity.internalValue),
      on_destroy: cdktf.stringToTerraform(this._onDestroy),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agent_ended_session_routing: {
        value: cdktf.stringToHclTerraform(this._agentEndedSessionRouting),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      agents_can_end_sessions: {
        value: cdktf.booleanToHclTerraform(this._agentsCanEndSessions),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      inactivity: {
        value: messagingSettingsInactivityToHclTerraform(this._inactivity.internalValue),
        isBlock: false,
        type: 'list',
        storageClassType: 'MessagingSettingsInactivity',
      },
      on_destroy: {
        value: cdktf.stringToHclTerraform(this._onDestroy),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
