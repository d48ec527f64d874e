// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CustomTicketStatusConfig extends cdktf.TerraformMetaArguments {
  /**
   * Whether agents can set tickets to this status. Defaults to true.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#active CustomTicketStatus#active}
   */
  readonly active?: boolean | cdktf.IResolvable;
  /**
   * The name agents see (at most 48 characters).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#agent_label CustomTicketStatus#agent_label}
   */
  readonly agentLabel: string;
  /**
   * What the status means, for agents.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#description CustomTicketStatus#description}
   */
  readonly description?: string;
  /**
   * What the status means, for end users.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#end_user_description CustomTicketStatus#end_user_description}
   */
  readonly endUserDescription?: string;
  /**
   * The name end users see (at most 48 characters). Zendesk uses the agent label when unset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#end_user_label CustomTicketStatus#end_user_label}
   */
  readonly endUserLabel?: string;
  /**
   * The category: "new", "open", "pending", "hold" or "solved". Zendesk keeps a status's category once it is created, so changing it replaces the status (the old one is deactivated).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#status_category CustomTicketStatus#status_category}
   */
  readonly statusCategory: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status zendesk_custom_ticket_status}
 */
export class CustomTicketStatus extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_custom_ticket_status';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a CustomTicketStatus resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the CustomTicketStatus to import
   * @param importFromId The id of the existing CustomTicketStatus that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the CustomTicketStatus to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_custom_ticket_status', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/custom_ticket_status zendesk_custom_ticket_status} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options CustomTicketStatusConfig
   */
  public constructor(scope: Construct, id: string, config: CustomTicketStatusConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_custom_ticket_status',
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
    this._agentLabel = config.agentLabel;
    this._description = config.description;
    this._endUserDescription = config.endUserDescription;
    this._endUserLabel = config.endUserLabel;
    this._statusCategory = config.statusCategory;
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

  // agent_label - computed: false, optional: false, required: true
  private _agentLabel?: string;
  public get agentLabel() {
    return this.getStringAttribute('agent_label');
  }
  public set agentLabel(value: string) {
    this._agentLabel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get agentLabelInput() {
    return this._agentLabel;
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

  // end_user_description - computed: false, optional: true, required: false
  private _endUserDescription?: string;
  public get endUserDescription() {
    return this.getStringAttribute('end_user_description');
  }
  public set endUserDescription(value: string) {
    this._endUserDescription = value;
  }
  public resetEndUserDescription() {
    this._endUserDescription = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endUserDescriptionInput() {
    return this._endUserDescription;
  }

  // end_user_label - computed: true, optional: true, required: false
  private _endUserLabel?: string;
  public get endUserLabel() {
    return this.getStringAttribute('end_user_label');
  }
  public set endUserLabel(value: string) {
    this._endUserLabel = value;
  }
  public resetEndUserLabel() {
    this._endUserLabel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endUserLabelInput() {
    return this._endUserLabel;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // status_category - computed: false, optional: false, required: true
  private _statusCategory?: string;
  public get statusCategory() {
    return this.getStringAttribute('status_category');
  }
  public set statusCategory(value: string) {
    this._statusCategory = value;
  }
  // Temporarily expose input value. Use with caution.
  public get statusCategoryInput() {
    return this._statusCategory;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      active: cdktf.booleanToTerraform(this._active),
      agent_label: cdktf.stringToTerraform(this._agentLabel),
      description: cdktf.stringToTerraform(this._description),
      end_user_description: cdktf.stringToTerraform(this._endUserDescription),
      end_user_label: cdktf.stringToTerraform(this._endUserLabel),
      status_category: cdktf.stringToTerraform(this._statusCategory),
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
      agent_label: {
        value: cdktf.stringToHclTerraform(this._agentLabel),
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
      end_user_description: {
        value: cdktf.stringToHclTerraform(this._endUserDescription),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      end_user_label: {
        value: cdktf.stringToHclTerraform(this._endUserLabel),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      status_category: {
        value: cdktf.stringToHclTerraform(this._statusCategory),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
