/**
 * The account's settings as a live run found them, and putting them back: the keys zendesk_messaging_settings and
 * zendesk_routing_configuration can write (their attribute maps): the only settings a run of the provider can
 * change, so restoring them restores every setting it touched.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AccountSettings, SettingsPatch, ZendeskClient } from '../../../src/client';
import { SETTINGS, isSetting } from '../../../src/provider/messaging-settings/attribute-map';
import { ATTRIBUTES as ROUTING_CONFIGURATION } from '../../../src/provider/routing-configuration/attribute-map';

/** `section.key` → the value it held (keys the account did not have are left out: a run cannot create them). */
export type SettingsSnapshot = Record<string, unknown>;

const KEYS = [...new Map([...SETTINGS, ...ROUTING_CONFIGURATION.filter(isSetting)].map((s) => [`${s.section}.${s.key}`, { section: s.section, key: s.key }])).values()];

export function snapshotOf(settings: AccountSettings): SettingsSnapshot {
  const snapshot: SettingsSnapshot = {};
  for (const { section, key } of KEYS) {
    const value = settings[section]?.[key];
    if (value !== undefined) snapshot[`${section}.${key}`] = structuredClone(value);
  }
  return snapshot;
}

/** The keys whose value now differs from the snapshot's. */
export function differences(snapshot: SettingsSnapshot, settings: AccountSettings): string[] {
  const now = snapshotOf(settings);
  return Object.keys(snapshot).filter((path) => !isDeepStrictEqual(snapshot[path], now[path]));
}

export interface RestoreRecord {
  ok: boolean;
  /** The keys the restore wrote back (none when the run left them as they were). */
  wrote: string[];
  detail: string;
}

/**
 * Writes back every key that differs from the snapshot (one PUT, only those keys), then reads the settings again and
 * checks each key of the snapshot against them. Never throws: a restore that fails says what is left to fix by hand.
 */
export async function restoreSnapshot(client: ZendeskClient, snapshot: SettingsSnapshot, redact: (text: string) => string): Promise<RestoreRecord> {
  let wrote: string[] = [];
  try {
    const current = await client.getSettings();
    const changed = differences(snapshot, current);
    const patch: SettingsPatch = {};
    for (const path of changed) {
      const [section, key] = path.split('.', 2);
      (patch[section] ??= {})[key] = snapshot[path];
    }
    if (changed.length) {
      const result = await client.updateSettings(patch, { current });
      wrote = changed;
      if (result.notKept.length) {
        return { ok: false, wrote, detail: redact(`Zendesk answered 200 but did not keep ${result.notKept.map((n) => `${n.path} (${n.reason})`).join(', ')}; set them by hand to ${JSON.stringify(patch)}`) };
      }
    }
    const left = differences(snapshot, await client.getSettings());
    if (left.length) return { ok: false, wrote, detail: `read back after the restore, ${left.join(', ')} still differ from what the run found: ${JSON.stringify(Object.fromEntries(left.map((p) => [p, snapshot[p]])))}` };
    return { ok: true, wrote, detail: changed.length ? `wrote back ${changed.join(', ')}; all ${Object.keys(snapshot).length} settings read back as the run found them` : `nothing to write; all ${Object.keys(snapshot).length} settings as the run found them` };
  } catch (err) {
    return { ok: false, wrote, detail: redact(`restoring failed: ${(err as Error).message}. Set these back by hand: ${JSON.stringify(snapshot)}`) };
  }
}
