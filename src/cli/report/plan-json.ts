/**
 * The parts of `terraform show -json` (plan representation, format 1.x) the
 * reports read. See https://developer.hashicorp.com/terraform/internals/json-format.
 */
export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  resource_drift?: ResourceChangeJson[];
  resource_changes?: ResourceChangeJson[];
  /** Root module outputs the plan changes (their values, or unknown). */
  output_changes?: Record<string, OutputChangeJson>;
  configuration?: {
    provider_config?: Record<string, ProviderConfigJson>;
    root_module?: ConfigModuleJson;
  };
  prior_state?: { values?: { root_module?: StateModuleJson } };
  /** The root module's variables and their values (sensitive ones too: a saved plan holds them). */
  variables?: Record<string, { value?: unknown }>;
  /** Present in state JSON (`terraform show -json` without a plan file), never in a plan. */
  values?: unknown;
  planned_values?: unknown;
  errored?: boolean;
}

export interface OutputChangeJson {
  actions: string[];
  before: unknown;
  after: unknown;
  after_unknown?: unknown;
  before_sensitive?: unknown;
  after_sensitive?: unknown;
}

export interface ProviderConfigJson {
  name: string;
  alias?: string;
  expressions?: Record<string, ExpressionJson>;
}

/** An attribute's expression: a constant, references (not known until plan), or a nested block's expressions. */
export interface ExpressionJson {
  constant_value?: unknown;
  references?: string[];
  [nested: string]: unknown;
}

export interface ConfigModuleJson {
  resources?: ConfigResourceJson[];
  module_calls?: Record<string, { module?: ConfigModuleJson }>;
}

export interface ConfigResourceJson {
  /** Relative to its module: `zendesk_messaging_settings.this`. */
  address: string;
  mode: string;
  type: string;
  provider_config_key?: string;
  expressions?: Record<string, unknown>;
}

export interface StateModuleJson {
  resources?: { address: string; type: string; mode: string }[];
  child_modules?: StateModuleJson[];
}

export interface ResourceChangeJson {
  address: string;
  module_address?: string;
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
  action_reason?: string;
}
