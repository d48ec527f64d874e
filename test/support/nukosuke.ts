/**
 * What nukosuke/terraform-provider-zendesk (master e4d74f3; zendesk/resource_zendesk_trigger.go as of c0ea693)
 * writes and sends, for the tests of docs/guides/migrating-from-nukosuke.md:
 *  - its state: test/acceptance/fixtures/nukosuke-triggers.tfstate, written by hand from its schema (see the
 *    fixtures README);
 *  - the trigger its create sends to Zendesk for such a state, so the emulator can hold triggers "it made";
 *  - its HCL as Terraform evaluates it (as terraform_data inputs), to check the fixture against the guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export interface NukosukeCondition {
  field: string;
  operator: string;
  value: string;
}
export interface NukosukeAction {
  field: string;
  value: string;
}
export interface NukosukeTriggerAttributes {
  id: string;
  title: string;
  active: boolean;
  position: number;
  description: string;
  all: NukosukeCondition[];
  any: NukosukeCondition[];
  action: NukosukeAction[];
}
export interface NukosukeStateResource {
  mode: 'managed';
  type: string;
  name: string;
  provider: string;
  instances: { schema_version: number; attributes: NukosukeTriggerAttributes; sensitive_attributes: unknown[]; private: string }[];
}
export interface NukosukeState {
  version: 4;
  resources: NukosukeStateResource[];
  [key: string]: unknown;
}

export const NUKOSUKE_STATE_FIXTURE = join(__dirname, '..', 'acceptance', 'fixtures', 'nukosuke-triggers.tfstate');

export const readNukosukeState = (): NukosukeState => JSON.parse(readFileSync(NUKOSUKE_STATE_FIXTURE, 'utf8')) as NukosukeState;

/**
 * SDKv2's Set.List() order, the order their provider sends set elements in:
 * each element's hash is crc32 of "key:value;" over its keys in sorted order
 * (schema.HashResource, SerializeResourceForHash), and the list is sorted by
 * the hashes' decimal text, compared as strings (Set.listCode).
 */
export function sdkSetOrder<T extends NukosukeCondition | NukosukeAction>(items: T[]): T[] {
  const hash = (item: T) =>
    String(
      crc32(
        Object.keys(item)
          .sort()
          .map((k) => `${k}:${(item as unknown as Record<string, string>)[k]};`)
          .join(''),
      ),
    );
  return [...items].sort((a, b) => (hash(a) < hash(b) ? -1 : hash(a) > hash(b) ? 1 : 0));
}

/**
 * The POST body of their create for these attributes: unmarshalTrigger (d.GetOk skips false and "", a value
 * starting with "[" is JSON-decoded) serialised with go-zendesk v0.16's Trigger JSON tags (active and
 * description omitempty; an empty set leaves conditions.all/any a nil slice, which marshals as null).
 */
export function nukosukeCreateBody(a: NukosukeTriggerAttributes): { trigger: Record<string, unknown> } {
  const conditions = (items: NukosukeCondition[]) => (items.length === 0 ? null : sdkSetOrder(items));
  return {
    trigger: {
      title: a.title,
      ...(a.active ? { active: true } : {}),
      conditions: { all: conditions(a.all), any: conditions(a.any) },
      actions: sdkSetOrder(a.action).map((x) => ({ field: x.field, value: x.value.startsWith('[') ? JSON.parse(x.value) : x.value })),
      ...(a.description ? { description: a.description } : {}),
    },
  };
}

/**
 * Their zendesk_trigger resources (files formatted by terraform fmt) as terraform_data resources whose input
 * holds each block kind as a set of objects: applying them makes Terraform evaluate the HCL exactly as for
 * their provider's set blocks (jsonencode, element order), with no provider at all.
 */
export function asTerraformData(hcl: string): string {
  const out: string[] = [];
  const lines = hcl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^resource "zendesk_trigger" "(\w+)" \{$/.exec(lines[i]);
    if (!start) continue;
    const attributes: string[] = [];
    const blocks: Record<string, string[][]> = {};
    for (i++; lines[i] !== '}'; i++) {
      if (i >= lines.length) throw new Error(`resource ${start[1]} is not closed`);
      const block = /^ {2}(\w+) \{$/.exec(lines[i]);
      if (!block) {
        attributes.push(lines[i]);
        continue;
      }
      const body: string[] = [];
      for (i++; lines[i] !== '  }'; i++) body.push(lines[i]);
      (blocks[block[1]] ??= []).push(body);
    }
    const sets = Object.entries(blocks).map(([kind, bodies]) => `  ${kind} = toset([\n${bodies.map((b) => `    {\n${b.join('\n')}\n    },`).join('\n')}\n  ])`);
    out.push(`resource "terraform_data" "${start[1]}" {\n  input = {\n${[...attributes, ...sets].join('\n')}\n  }\n}\n`);
  }
  return out.join('\n');
}
