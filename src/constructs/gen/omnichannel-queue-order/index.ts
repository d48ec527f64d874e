// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue_order
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface OmnichannelQueueOrderConfig extends cdktf.TerraformMetaArguments {
  /**
   * The IDs of queues, first to last (e.g. `[zendesk_omnichannel_queue.urgent.id, zendesk_omnichannel_queue.billing.id]`): each a queue of the account, once. Checked against the account's queues (GET /api/v2/queues) when the plan is made.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue_order#queue_ids OmnichannelQueueOrder#queue_ids}
   */
  readonly queueIds: string[];
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue_order zendesk_omnichannel_queue_order}
 */
export class OmnichannelQueueOrder extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk_omnichannel_queue_order';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a OmnichannelQueueOrder resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the OmnichannelQueueOrder to import
   * @param importFromId The id of the existing OmnichannelQueueOrder that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue_order#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the OmnichannelQueueOrder to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk_omnichannel_queue_order', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs/resources/omnichannel_queue_order zendesk_omnichannel_queue_order} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options OmnichannelQueueOrderConfig
   */
  public constructor(scope: Construct, id: string, config: OmnichannelQueueOrderConfig) {
    super(scope, id, {
      terraformResourceType: 'zendesk_omnichannel_queue_order',
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
    this._queueIds = config.queueIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // queue_ids - computed: false, optional: false, required: true
  private _queueIds?: string[];
  public get queueIds() {
    return this.getListAttribute('queue_ids');
  }
  public set queueIds(value: string[]) {
    this._queueIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get queueIdsInput() {
    return this._queueIds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      queue_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._queueIds),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      queue_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._queueIds),
        isBlock: false,
        type: 'list',
        storageClassType: 'stringList',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
