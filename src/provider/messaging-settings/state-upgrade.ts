/**
 * zendesk_messaging_settings' state versions. Version 1 renamed
 * inactivity.timeout (minutes, beside reminders' timeout_seconds) to
 * inactivity.timeout_minutes; the old name stays as a deprecated alias that
 * always equals it. A version-0 state gets both from its `timeout`, so a
 * configuration using either name plans clean after the upgrade.
 */
import type { Diagnostics, StateUpgrader } from '../../framework';
import type { Value } from '../../framework';

export const MESSAGING_SETTINGS_SCHEMA_VERSION = 1;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 0 → 1: `inactivity.timeout` is copied to `inactivity.timeout_minutes`; nothing else changes. */
export function upgradeFromVersion0(raw: Record<string, unknown>, diagnostics: Diagnostics): Record<string, Value> | null {
  const inactivity = raw.inactivity;
  if (inactivity === undefined || inactivity === null) return raw as Record<string, Value>;
  if (!isRecord(inactivity)) {
    diagnostics.addError(
      'Unable to upgrade state',
      `The stored zendesk_messaging_settings state (version 0) holds inactivity = ${JSON.stringify(inactivity)}, not an object. ` +
        'Remove the resource from state (terraform state rm) and import it again.',
    );
    return null;
  }
  const timeout = inactivity.timeout ?? null;
  return { ...raw, inactivity: { ...inactivity, timeout_minutes: timeout, timeout } } as Record<string, Value>;
}

export const messagingSettingsStateUpgraders: Readonly<Record<number, StateUpgrader>> = {
  0: { upgrade: upgradeFromVersion0 },
};
