/** The parts of `terraform show -json` (plan representation, format 1.x) the reports read. */
export interface PlanJson {
  format_version: string;
  resource_drift?: ResourceChangeJson[];
  resource_changes?: ResourceChangeJson[];
  configuration?: {
    provider_config?: Record<string, { name: string; alias?: string; expressions?: Record<string, { constant_value?: unknown }> }>;
    root_module?: { resources?: ConfigResourceJson[] };
  };
  prior_state?: { values?: { root_module?: { resources?: { address: string; type: string; mode: string }[] } } };
  errored?: boolean;
}

export interface ConfigResourceJson {
  address: string;
  mode: string;
  type: string;
  provider_config_key?: string;
  expressions?: Record<string, unknown>;
}

export interface ResourceChangeJson {
  address: string;
  mode: string;
  type: string;
  name: string;
  provider_name: string;
  change: {
    actions: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    importing?: { id?: string };
  };
}
