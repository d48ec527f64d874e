// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataZendeskGroupConfig extends cdktf.TerraformMetaArguments {
  /**
   * The group ID. Set name or id.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group#id DataZendeskGroup#id}
   */
  readonly id?: number;
  /**
   * The group's name, exactly. Set name or id.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group#name DataZendeskGroup#name}
   */
  readonly name?: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group zendesk_group}
 */
export class DataZendeskGroup extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_group';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a DataZendeskGroup resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataZendeskGroup to import
   * @param importFromId The id of the existing DataZendeskGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataZendeskGroup to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_group', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/data-sources/group zendesk_group} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataZendeskGroupConfig = {}
   */
  public constructor(scope: Construct, id: string, config: DataZendeskGroupConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'zendesk_group',
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
    this._id = config.id;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // default - computed: true, optional: false, required: false
  public get default() {
    return this.getBooleanAttribute('default');
  }

  // deleted - computed: true, optional: false, required: false
  public get deleted() {
    return this.getBooleanAttribute('deleted');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // id - computed: true, optional: true, required: false
  private _id?: number;
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string;
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
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
      id: cdktf.numberToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.numberToHclTerraform(this._id),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
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
