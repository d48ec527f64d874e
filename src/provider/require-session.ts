import type { Diagnostics } from '../framework';
import type { AccountSession } from './session';

/** Resources get the session from configure; without one (an unconfigured provider) they explain instead of crashing. */
export function requireSession(session: AccountSession | undefined, diagnostics: Diagnostics): AccountSession | undefined {
  if (!session) {
    diagnostics.addError(
      'Provider not configured',
      'The zendesk provider has not been configured (its configuration failed or depends on values not yet known). ' +
        'Fix the provider errors reported above and run again.',
    );
  }
  return session;
}
