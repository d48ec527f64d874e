import type {
  CreateRequest,
  CreateResponse,
  DataSource,
  DeleteRequest,
  DeleteResponse,
  ImportStateRequest,
  ImportStateResponse,
  ModifyPlanRequest,
  ModifyPlanResponse,
  Provider,
  ReadRequest,
  ReadResponse,
  Resource,
  Schema,
  StateUpgrader,
  UpdateRequest,
  UpdateResponse,
} from '../../../src/framework';
import {
  boolAttribute,
  int64Attribute,
  listNestedBlock,
  oneOf,
  singleNestedAttribute,
  stringAttribute,
  unmanagedWhenUnsetAttribute,
  useStateForUnknown,
  requiresReplace,
} from '../../../src/framework';

/** A resource whose every method can be replaced per test (terraform-plugin-framework's testprovider pattern). */
export class FakeResource implements Resource {
  readonly typeName = 'fake_thing';
  calls: string[] = [];
  createMethod?: (req: CreateRequest, resp: CreateResponse) => Promise<void>;
  readMethod?: (req: ReadRequest, resp: ReadResponse) => Promise<void>;
  updateMethod?: (req: UpdateRequest, resp: UpdateResponse) => Promise<void>;
  deleteMethod?: (req: DeleteRequest, resp: DeleteResponse) => Promise<void>;
  modifyPlanMethod?: (req: ModifyPlanRequest, resp: ModifyPlanResponse) => Promise<void>;
  importStateMethod?: (req: ImportStateRequest, resp: ImportStateResponse) => Promise<void>;
  upgraders: Record<number, StateUpgrader> = {};
  schemaValue: Schema = FAKE_SCHEMA;

  schema(): Schema {
    return this.schemaValue;
  }
  async create(req: CreateRequest, resp: CreateResponse) {
    this.calls.push('create');
    if (this.createMethod) return this.createMethod(req, resp);
    resp.state = { ...req.plan, id: 'new-id' };
  }
  async read(req: ReadRequest, resp: ReadResponse) {
    this.calls.push('read');
    if (this.readMethod) return this.readMethod(req, resp);
  }
  async update(req: UpdateRequest, resp: UpdateResponse) {
    this.calls.push('update');
    if (this.updateMethod) return this.updateMethod(req, resp);
    resp.state = req.plan;
  }
  async delete(req: DeleteRequest, resp: DeleteResponse) {
    this.calls.push('delete');
    if (this.deleteMethod) return this.deleteMethod(req, resp);
  }
  async modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse) {
    if (this.modifyPlanMethod) return this.modifyPlanMethod(req, resp);
  }
  async importState(req: ImportStateRequest, resp: ImportStateResponse) {
    if (this.importStateMethod) return this.importStateMethod(req, resp);
    resp.state = { id: req.id };
  }
  stateUpgraders() {
    return this.upgraders;
  }
}

export const FAKE_SCHEMA: Schema = {
  version: 2,
  description: 'A fake resource for framework tests.',
  attributes: {
    id: stringAttribute({ computed: true, description: 'id', planModifiers: [useStateForUnknown()] }),
    name: stringAttribute({ required: true, description: 'name', planModifiers: [requiresReplace()] }),
    mode: stringAttribute({ optional: true, computed: true, default: 'fast', description: 'mode', validators: [oneOf('fast', 'slow')] }),
    size: int64Attribute({ optional: true, description: 'size' }),
    flag: unmanagedWhenUnsetAttribute(boolAttribute({ description: 'flag' })),
    revision: stringAttribute({ computed: true, description: 'changes on every update' }),
    nested: unmanagedWhenUnsetAttribute(
      singleNestedAttribute({
        description: 'nested',
        attributes: { a: boolAttribute({ description: 'a' }), b: int64Attribute({ description: 'b' }) },
      }),
    ),
  },
  blocks: {
    rule: listNestedBlock({
      description: 'rules',
      attributes: { field: stringAttribute({ required: true, description: 'field' }) },
    }),
  },
};

export function fakeProvider(resource: () => Resource, dataSource?: () => DataSource): Provider {
  return {
    typeName: 'fake',
    version: '0.0.1',
    schema: () => ({
      description: 'fake',
      attributes: { token: stringAttribute({ optional: true, sensitive: true, description: 'token' }) },
    }),
    configure: async (req, resp) => {
      if (req.config.token === 'bad-token-value') resp.diagnostics.addError('Auth failed', 'token bad-token-value was rejected');
      resp.providerData = { configured: true };
    },
    resources: () => [resource],
    dataSources: () => (dataSource ? [dataSource] : []),
  };
}
