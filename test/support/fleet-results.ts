/**
 * Drift results for a fleet of any size, made up rather than run (the fleet view's rendering at 200 accounts needs
 * no terraform): a fixed share of accounts drifted (with and without an audit-log entry), failed, or in sync, some
 * sandboxes, and names and actors that need escaping.
 */
import type { DirectoryResult } from '../../src/cli/drift/check';

const AT = Date.parse('2026-12-01T16:03:12Z');

export function generatedFleet(size: number): DirectoryResult[] {
  return Array.from({ length: size }, (_, i): DirectoryResult => {
    const name = `account-${String(i + 1).padStart(3, '0')}`;
    const account = `${name} (${name}.zendesk.com)`;
    const base = { dir: `/ci/app/cdktf.out/stacks/${name}`, name, durationMs: 900 + i, notes: [], accounts: [{ account, sandbox: i % 10 === 3 }] };
    if (i % 50 === 7) return { ...base, status: 'error', error: `terraform plan failed in ${base.dir}: 401 <Unauthorized> & "bad token"`, checked: [], drifted: [], accounts: [] };
    if (i % 8 !== 1) return { ...base, status: 'in_sync', checked: ['zendesk_messaging_settings.this'], drifted: [] };
    const changedBy = i % 16 === 1 ? { actor: `Admin <b>${i}</b> & Co`, actorId: 1000 + i, at: new Date(AT - i * 60_000).toISOString(), change: 'Changed from 5 to 10', source: 'Auto-release inactivity timeout', earlierChanges: i % 3 } : undefined;
    return {
      ...base,
      status: 'drift',
      checked: ['zendesk_messaging_settings.this'],
      drifted: [
        {
          address: 'zendesk_messaging_settings.this', type: 'zendesk_messaging_settings', account, action: 'update',
          attributes: [
            { path: 'agents_can_end_sessions', label: 'Agents can end messaging sessions', before: true, after: false, sensitive: false, description: 'Agents can end messaging sessions: on → off', ...(changedBy ? { changedBy: { ...changedBy, change: 'Disabled', source: 'Agents can end messaging sessions' } } : {}) },
            { path: 'inactivity.timeout_minutes', label: 'Auto-release after inactivity', before: 5, after: 10, sensitive: false, description: 'Auto-release after inactivity: 5 → 10 minutes', ...(changedBy ? { changedBy } : {}) },
          ],
        },
      ],
    }; // prettier-ignore
  });
}
