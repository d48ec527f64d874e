// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RoutingAttributeConfig extends cdktf.TerraformMetaArguments {
  /**
   * The routing attribute (skill type) name, e.g. "Language".
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute#name RoutingAttribute#name}
   */
  readonly name: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute zendesk_routing_attribute}
 */
export class RoutingAttribute extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_routing_attribute';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a RoutingAttribute resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the RoutingAttribute to import
   * @param importFromId The id of the existing RoutingAttribute that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the RoutingAttribute to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_routing_attribute', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/routing_attribute zendesk_routing_attribute} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options RoutingAttributeConfig
   */
  public constructor(scope: Construct, id: string, config: RoutingAttributeConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_routing_attribute',
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
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
