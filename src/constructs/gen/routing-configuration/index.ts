// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RoutingConfigurationConfig extends cdktf.TerraformMetaArguments {
  /**
   * How omnichannel routing picks an agent (highest spare capacity, highest percentage of spare capacity, or round robin in Admin Center). Zendesk does not document the API's values, so any text is passed as it is. Observed key, inferred values: settings.routing.assignment_method is seen in real answers; Zendesk documents neither the key nor its values. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#assignment_method RoutingConfiguration#assignment_method}
   */
  readonly assignmentMethod?: string;
  /**
   * Accept messaging conversations for the agent they are routed to. Admin Center does not allow it together with messaging reassignment timing; the API is not known to refuse the pair, so a configuration with both is a warning. Observed: settings.routing.auto_accept_messaging_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#auto_accept_messaging_enabled RoutingConfiguration#auto_accept_messaging_enabled}
   */
  readonly autoAcceptMessagingEnabled?: boolean | cdktf.IResolvable;
  /**
   * The tag that marks tickets for omnichannel routing (Zendesk's default: "auto-routing"). Cannot be empty. Documented: settings.routing.autorouting_tag in Zendesk's account settings reference. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#autorouting_tag RoutingConfiguration#autorouting_tag}
   */
  readonly autoroutingTag?: string;
  /**
   * "Count inactive conversations towards agent capacity" (API: messaging_activity_routing_enabled). Changing it while focus mode is on may keep messaging tickets counting against capacity for up to 24 hours. Observed: settings.routing.messaging_activity_routing_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#count_inactive_conversations_enabled RoutingConfiguration#count_inactive_conversations_enabled}
   */
  readonly countInactiveConversationsEnabled?: boolean | cdktf.IResolvable;
  /**
   * Whether omnichannel routing is on. With it off, the other options here and zendesk_messaging_settings' agent_ended_session_routing have no effect (Zendesk keeps them). A plan that turns it off says so with a warning here: zendesk_messaging_settings sees only the value Zendesk holds when it plans, so in the same configuration it warns from the next refresh on, once Zendesk holds routing off. Documented: settings.routing.enabled in Zendesk's account settings reference. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#enabled RoutingConfiguration#enabled}
   */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
   * Focus mode: agents work one messaging conversation at a time. Observed: settings.routing.focus_mode_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#focus_mode_enabled RoutingConfiguration#focus_mode_enabled}
   */
  readonly focusModeEnabled?: boolean | cdktf.IResolvable;
  /**
   * What destroying this resource does: "retain" (default) leaves the configuration as it is and only removes it from Terraform state; "reset" restores Zendesk's documented defaults for the documented settings this resource manages (observed settings, whose defaults are not known, are left as they are).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#on_destroy RoutingConfiguration#on_destroy}
   */
  readonly onDestroy?: string;
  /**
   * Reassign an agent's tickets when the agent's status changes to unavailable. Observed: settings.routing.reassignment_agent_status_change_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#reassignment_agent_status_change_enabled RoutingConfiguration#reassignment_agent_status_change_enabled}
   */
  readonly reassignmentAgentStatusChangeEnabled?: boolean | cdktf.IResolvable;
  /**
   * Reassign a messaging conversation its agent does not accept within reassignment_messaging_timeout_seconds. Documented: settings.routing.reassignment_messaging_enabled in Zendesk's account settings reference. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#reassignment_messaging_enabled RoutingConfiguration#reassignment_messaging_enabled}
   */
  readonly reassignmentMessagingEnabled?: boolean | cdktf.IResolvable;
  /**
   * Seconds an agent has to accept a messaging conversation before it is reassigned (API: reassignment_messaging_timeout; 30 on Professional plans, customizable on Enterprise). Documented: settings.routing.reassignment_messaging_timeout in Zendesk's account settings reference. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#reassignment_messaging_timeout_seconds RoutingConfiguration#reassignment_messaging_timeout_seconds}
   */
  readonly reassignmentMessagingTimeoutSeconds?: number;
  /**
   * Reassign reopened tickets whose agent is unavailable. Observed: settings.routing.reassignment_reopened_tickets_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#reassignment_reopened_tickets_enabled RoutingConfiguration#reassignment_reopened_tickets_enabled}
   */
  readonly reassignmentReopenedTicketsEnabled?: boolean | cdktf.IResolvable;
  /**
   * Seconds an agent has to accept a call before it is offered to another agent (API: reassignment_talk_timeout). Documented: settings.routing.reassignment_talk_timeout in Zendesk's account settings reference. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#reassignment_talk_timeout_seconds RoutingConfiguration#reassignment_talk_timeout_seconds}
   */
  readonly reassignmentTalkTimeoutSeconds?: number;
  /**
   * Stop requiring skills for a ticket not assigned within the skills timeout. Observed: settings.routing.skills_timeout_enabled is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#skills_timeout_enabled RoutingConfiguration#skills_timeout_enabled}
   */
  readonly skillsTimeoutEnabled?: boolean | cdktf.IResolvable;
  /**
   * Skills timeout for messaging conversations, in the API's unit (Zendesk documents none). Observed: settings.routing.skills_timeout_messaging is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#skills_timeout_messaging RoutingConfiguration#skills_timeout_messaging}
   */
  readonly skillsTimeoutMessaging?: number;
  /**
   * Skills timeout for email tickets, in the API's unit (Zendesk documents none). Observed: settings.routing.skills_timeout_support is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#skills_timeout_support RoutingConfiguration#skills_timeout_support}
   */
  readonly skillsTimeoutSupport?: number;
  /**
   * Skills timeout for calls, in the API's unit (Zendesk documents none). Observed: settings.routing.skills_timeout_talk is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center. When unset, Terraform does not manage the setting: it is never written or reset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#skills_timeout_talk RoutingConfiguration#skills_timeout_talk}
   */
  readonly skillsTimeoutTalk?: number;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration zendesk_routing_configuration}
 */
export class RoutingConfiguration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_routing_configuration';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a RoutingConfiguration resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the RoutingConfiguration to import
   * @param importFromId The id of the existing RoutingConfiguration that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the RoutingConfiguration to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_routing_configuration', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_configuration zendesk_routing_configuration} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options RoutingConfigurationConfig = {}
   */
  public constructor(scope: Construct, id: string, config: RoutingConfigurationConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'zendesk_routing_configuration',
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
    this._assignmentMethod = config.assignmentMethod;
    this._autoAcceptMessagingEnabled = config.autoAcceptMessagingEnabled;
    this._autoroutingTag = config.autoroutingTag;
    this._countInactiveConversationsEnabled = config.countInactiveConversationsEnabled;
    this._enabled = config.enabled;
    this._focusModeEnabled = config.focusModeEnabled;
    this._onDestroy = config.onDestroy;
    this._reassignmentAgentStatusChangeEnabled = config.reassignmentAgentStatusChangeEnabled;
    this._reassignmentMessagingEnabled = config.reassignmentMessagingEnabled;
    this._reassignmentMessagingTimeoutSeconds = config.reassignmentMessagingTimeoutSeconds;
    this._reassignmentReopenedTicketsEnabled = config.reassignmentReopenedTicketsEnabled;
    this._reassignmentTalkTimeoutSeconds = config.reassignmentTalkTimeoutSeconds;
    this._skillsTimeoutEnabled = config.skillsTimeoutEnabled;
    this._skillsTimeoutMessaging = config.skillsTimeoutMessaging;
    this._skillsTimeoutSupport = config.skillsTimeoutSupport;
    this._skillsTimeoutTalk = config.skillsTimeoutTalk;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // assignment_method - computed: true, optional: true, required: false
  private _assignmentMethod?: string;
  public get assignmentMethod() {
    return this.getStringAttribute('assignment_method');
  }
  public set assignmentMethod(value: string) {
    this._assignmentMethod = value;
  }
  public resetAssignmentMethod() {
    this._assignmentMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assignmentMethodInput() {
    return this._assignmentMethod;
  }

  // auto_accept_messaging_enabled - computed: true, optional: true, required: false
  private _autoAcceptMessagingEnabled?: boolean | cdktf.IResolvable;
  public get autoAcceptMessagingEnabled() {
    return this.getBooleanAttribute('auto_accept_messaging_enabled');
  }
  public set autoAcceptMessagingEnabled(value: boolean | cdktf.IResolvable) {
    this._autoAcceptMessagingEnabled = value;
  }
  public resetAutoAcceptMessagingEnabled() {
    this._autoAcceptMessagingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoAcceptMessagingEnabledInput() {
    return this._autoAcceptMessagingEnabled;
  }

  // autorouting_tag - computed: true, optional: true, required: false
  private _autoroutingTag?: string;
  public get autoroutingTag() {
    return this.getStringAttribute('autorouting_tag');
  }
  public set autoroutingTag(value: string) {
    this._autoroutingTag = value;
  }
  public resetAutoroutingTag() {
    this._autoroutingTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoroutingTagInput() {
    return this._autoroutingTag;
  }

  // count_inactive_conversations_enabled - computed: true, optional: true, required: false
  private _countInactiveConversationsEnabled?: boolean | cdktf.IResolvable;
  public get countInactiveConversationsEnabled() {
    return this.getBooleanAttribute('count_inactive_conversations_enabled');
  }
  public set countInactiveConversationsEnabled(value: boolean | cdktf.IResolvable) {
    this._countInactiveConversationsEnabled = value;
  }
  public resetCountInactiveConversationsEnabled() {
    this._countInactiveConversationsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countInactiveConversationsEnabledInput() {
    return this._countInactiveConversationsEnabled;
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

  // focus_mode_enabled - computed: true, optional: true, required: false
  private _focusModeEnabled?: boolean | cdktf.IResolvable;
  public get focusModeEnabled() {
    return this.getBooleanAttribute('focus_mode_enabled');
  }
  public set focusModeEnabled(value: boolean | cdktf.IResolvable) {
    this._focusModeEnabled = value;
  }
  public resetFocusModeEnabled() {
    this._focusModeEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get focusModeEnabledInput() {
    return this._focusModeEnabled;
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

  // reassignment_agent_status_change_enabled - computed: true, optional: true, required: false
  private _reassignmentAgentStatusChangeEnabled?: boolean | cdktf.IResolvable;
  public get reassignmentAgentStatusChangeEnabled() {
    return this.getBooleanAttribute('reassignment_agent_status_change_enabled');
  }
  public set reassignmentAgentStatusChangeEnabled(value: boolean | cdktf.IResolvable) {
    this._reassignmentAgentStatusChangeEnabled = value;
  }
  public resetReassignmentAgentStatusChangeEnabled() {
    this._reassignmentAgentStatusChangeEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reassignmentAgentStatusChangeEnabledInput() {
    return this._reassignmentAgentStatusChangeEnabled;
  }

  // reassignment_messaging_enabled - computed: true, optional: true, required: false
  private _reassignmentMessagingEnabled?: boolean | cdktf.IResolvable;
  public get reassignmentMessagingEnabled() {
    return this.getBooleanAttribute('reassignment_messaging_enabled');
  }
  public set reassignmentMessagingEnabled(value: boolean | cdktf.IResolvable) {
    this._reassignmentMessagingEnabled = value;
  }
  public resetReassignmentMessagingEnabled() {
    this._reassignmentMessagingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reassignmentMessagingEnabledInput() {
    return this._reassignmentMessagingEnabled;
  }

  // reassignment_messaging_timeout_seconds - computed: true, optional: true, required: false
  private _reassignmentMessagingTimeoutSeconds?: number;
  public get reassignmentMessagingTimeoutSeconds() {
    return this.getNumberAttribute('reassignment_messaging_timeout_seconds');
  }
  public set reassignmentMessagingTimeoutSeconds(value: number) {
    this._reassignmentMessagingTimeoutSeconds = value;
  }
  public resetReassignmentMessagingTimeoutSeconds() {
    this._reassignmentMessagingTimeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reassignmentMessagingTimeoutSecondsInput() {
    return this._reassignmentMessagingTimeoutSeconds;
  }

  // reassignment_reopened_tickets_enabled - computed: true, optional: true, required: false
  private _reassignmentReopenedTicketsEnabled?: boolean | cdktf.IResolvable;
  public get reassignmentReopenedTicketsEnabled() {
    return this.getBooleanAttribute('reassignment_reopened_tickets_enabled');
  }
  public set reassignmentReopenedTicketsEnabled(value: boolean | cdktf.IResolvable) {
    this._reassignmentReopenedTicketsEnabled = value;
  }
  public resetReassignmentReopenedTicketsEnabled() {
    this._reassignmentReopenedTicketsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reassignmentReopenedTicketsEnabledInput() {
    return this._reassignmentReopenedTicketsEnabled;
  }

  // reassignment_talk_timeout_seconds - computed: true, optional: true, required: false
  private _reassignmentTalkTimeoutSeconds?: number;
  public get reassignmentTalkTimeoutSeconds() {
    return this.getNumberAttribute('reassignment_talk_timeout_seconds');
  }
  public set reassignmentTalkTimeoutSeconds(value: number) {
    this._reassignmentTalkTimeoutSeconds = value;
  }
  public resetReassignmentTalkTimeoutSeconds() {
    this._reassignmentTalkTimeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reassignmentTalkTimeoutSecondsInput() {
    return this._reassignmentTalkTimeoutSeconds;
  }

  // skills_timeout_enabled - computed: true, optional: true, required: false
  private _skillsTimeoutEnabled?: boolean | cdktf.IResolvable;
  public get skillsTimeoutEnabled() {
    return this.getBooleanAttribute('skills_timeout_enabled');
  }
  public set skillsTimeoutEnabled(value: boolean | cdktf.IResolvable) {
    this._skillsTimeoutEnabled = value;
  }
  public resetSkillsTimeoutEnabled() {
    this._skillsTimeoutEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skillsTimeoutEnabledInput() {
    return this._skillsTimeoutEnabled;
  }

  // skills_timeout_messaging - computed: true, optional: true, required: false
  private _skillsTimeoutMessaging?: number;
  public get skillsTimeoutMessaging() {
    return this.getNumberAttribute('skills_timeout_messaging');
  }
  public set skillsTimeoutMessaging(value: number) {
    this._skillsTimeoutMessaging = value;
  }
  public resetSkillsTimeoutMessaging() {
    this._skillsTimeoutMessaging = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skillsTimeoutMessagingInput() {
    return this._skillsTimeoutMessaging;
  }

  // skills_timeout_support - computed: true, optional: true, required: false
  private _skillsTimeoutSupport?: number;
  public get skillsTimeoutSupport() {
    return this.getNumberAttribute('skills_timeout_support');
  }
  public set skillsTimeoutSupport(value: number) {
    this._skillsTimeoutSupport = value;
  }
  public resetSkillsTimeoutSupport() {
    this._skillsTimeoutSupport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skillsTimeoutSupportInput() {
    return this._skillsTimeoutSupport;
  }

  // skills_timeout_talk - computed: true, optional: true, required: false
  private _skillsTimeoutTalk?: number;
  public get skillsTimeoutTalk() {
    return this.getNumberAttribute('skills_timeout_talk');
  }
  public set skillsTimeoutTalk(value: number) {
    this._skillsTimeoutTalk = value;
  }
  public resetSkillsTimeoutTalk() {
    this._skillsTimeoutTalk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skillsTimeoutTalkInput() {
    return this._skillsTimeoutTalk;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      assignment_method: cdktf.stringToTerraform(this._assignmentMethod),
      auto_accept_messaging_enabled: cdktf.booleanToTerraform(this._autoAcceptMessagingEnabled),
      autorouting_tag: cdktf.stringToTerraform(this._autoroutingTag),
      count_inactive_conversations_enabled: cdktf.booleanToTerraform(this._countInactiveConversationsEnabled),
      enabled: cdktf.booleanToTerraform(this._enabled),
      focus_mode_enabled: cdktf.booleanToTerraform(this._focusModeEnabled),
      on_destroy: cdktf.stringToTerraform(this._onDestroy),
      reassignment_agent_status_change_enabled: cdktf.booleanToTerraform(this._reassignmentAgentStatusChangeEnabled),
      reassignment_messaging_enabled: cdktf.booleanToTerraform(this._reassignmentMessagingEnabled),
      reassignment_messaging_timeout_seconds: cdktf.numberToTerraform(this._reassignmentMessagingTimeoutSeconds),
      reassignment_reopened_tickets_enabled: cdktf.booleanToTerraform(this._reassignmentReopenedTicketsEnabled),
      reassignment_talk_timeout_seconds: cdktf.numberToTerraform(this._reassignmentTalkTimeoutSeconds),
      skills_timeout_enabled: cdktf.booleanToTerraform(this._skillsTimeoutEnabled),
      skills_timeout_messaging: cdktf.numberToTerraform(this._skillsTimeoutMessaging),
      skills_timeout_support: cdktf.numberToTerraform(this._skillsTimeoutSupport),
      skills_timeout_talk: cdktf.numberToTerraform(this._skillsTimeoutTalk),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      assignment_method: {
        value: cdktf.stringToHclTerraform(this._assignmentMethod),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      auto_accept_messaging_enabled: {
        value: cdktf.booleanToHclTerraform(this._autoAcceptMessagingEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      autorouting_tag: {
        value: cdktf.stringToHclTerraform(this._autoroutingTag),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      count_inactive_conversations_enabled: {
        value: cdktf.booleanToHclTerraform(this._countInactiveConversationsEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      focus_mode_enabled: {
        value: cdktf.booleanToHclTerraform(this._focusModeEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      on_destroy: {
        value: cdktf.stringToHclTerraform(this._onDestroy),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      reassignment_agent_status_change_enabled: {
        value: cdktf.booleanToHclTerraform(this._reassignmentAgentStatusChangeEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      reassignment_messaging_enabled: {
        value: cdktf.booleanToHclTerraform(this._reassignmentMessagingEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      reassignment_messaging_timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._reassignmentMessagingTimeoutSeconds),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      reassignment_reopened_tickets_enabled: {
        value: cdktf.booleanToHclTerraform(this._reassignmentReopenedTicketsEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      reassignment_talk_timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._reassignmentTalkTimeoutSeconds),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      skills_timeout_enabled: {
        value: cdktf.booleanToHclTerraform(this._skillsTimeoutEnabled),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      skills_timeout_messaging: {
        value: cdktf.numberToHclTerraform(this._skillsTimeoutMessaging),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      skills_timeout_support: {
        value: cdktf.numberToHclTerraform(this._skillsTimeoutSupport),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      skills_timeout_talk: {
        value: cdktf.numberToHclTerraform(this._skillsTimeoutTalk),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
