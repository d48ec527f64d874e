import type { DataSource } from '../data-source';
import { Diagnostics } from '../diagnostics';
import type { Provider } from '../provider';
import type { Resource } from '../resource';
import type { SecretScrubber } from '../secrets';

/** What every RPC handler of the framework server shares. */
export interface ServerContext {
  readonly provider: Provider;
  readonly scrubber: SecretScrubber;
  /** Set by ConfigureProvider; undefined in processes that only validate. */
  providerData: unknown;
  /**
   * Aborted by StopProvider. The provider's configure receives its signal and hands it to its API client, so calls
   * in flight end promptly. One per server, and the plugin host makes a server per connection: a StopProvider
   * stops only its own connection's provider instance.
   */
  readonly stopController: AbortController;
  newResource(typeName: string, diagnostics: Diagnostics): Resource | undefined;
  newDataSource(typeName: string, diagnostics: Diagnostics): DataSource | undefined;
}

export function unknownTypeDiagnostic(kind: 'resource' | 'data source', typeName: string, diagnostics: Diagnostics): void {
  diagnostics.addError(
    `Unknown ${kind} type`,
    `This provider has no ${kind} named "${typeName}". This is usually a provider version mismatch between the ` +
      `configuration and the installed provider; run terraform init -upgrade.`,
  );
}
