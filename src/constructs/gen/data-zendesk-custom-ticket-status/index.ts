// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataZendeskCustomTicketStatusConfig extends cdktf.TerraformMetaArguments {
  /**
   * The exact name agents see, e.g. "Waiting on customer".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status#agent_label DataZendeskCustomTicketStatus#agent_label}
   */
  readonly agentLabel: string;
  /**
   * The category to look in ("new", "open", "pending", "hold" or "solved"); any when unset.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status#status_category DataZendeskCustomTicketStatus#status_category}
   */
  readonly statusCategory?: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status zendesk_custom_ticket_status}
 */
export class DataZendeskCustomTicketStatus extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_custom_ticket_status';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a DataZendeskCustomTicketStatus resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataZendeskCustomTicketStatus to import
   * @param importFromId The id of the existing DataZendeskCustomTicketStatus that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataZendeskCustomTicketStatus to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_custom_ticket_status', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/custom_ticket_status zendesk_custom_ticket_status} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataZendeskCustomTicketStatusConfig
   */
  public constructor(scope: Construct, id: string, config: DataZendeskCustomTicketStatusConfig) {
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
    this._agentLabel = config.agentLabel;
    this._statusCategory = config.statusCategory;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
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

  // default - computed: true, optional: false, required: false
  public get default() {
    return this.getBooleanAttribute('default');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // end_user_description - computed: true, optional: false, required: false
  public get endUserDescription() {
    return this.getStringAttribute('end_user_description');
  }

  // end_user_label - computed: true, optional: false, required: false
  public get endUserLabel() {
    return this.getStringAttribute('end_user_label');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // status_category - computed: true, optional: true, required: false
  private _statusCategory?: string;
  public get statusCategory() {
    return this.getStringAttribute('status_category');
  }
  public set statusCategory(value: string) {
    this._statusCategory = value;
  }
  public resetStatusCategory() {
    this._statusCategory = undefined;
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
      agent_label: cdktf.stringToTerraform(this._agentLabel),
      status_category: cdktf.stringToTerraform(this._statusCategory),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agent_label: {
        value: cdktf.stringToHclTerraform(this._agentLabel),
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
