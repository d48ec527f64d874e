/**
 * Workflow YAML as the runner's expressions see it: the `yaml` package with
 * its failsafe schema, so every scalar stays a string (`20`, `true` and
 * `'1'` alike) and an empty value is "".
 */
import { parse } from 'yaml';

export type Yaml = string | null | Yaml[] | { [key: string]: Yaml };

export function parseYaml(text: string): Yaml {
  return parse(text, { schema: 'failsafe' }) as Yaml;
}
