import { InvalidArgumentError } from 'commander';

/** The drift report formats, apart from their renderers so that parsing options loads none of them. */
export const DRIFT_FORMATS = ['text', 'markdown', 'json', 'junit', 'html'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

/** `--report junit=drift.xml`: one more report of the same run, in another format. */
export function reportSpec(value: string, previous: { format: DriftFormat; file: string }[] = []) {
  const at = value.indexOf('=');
  const format = value.slice(0, at) as DriftFormat;
  if (at <= 0 || at === value.length - 1 || !DRIFT_FORMATS.includes(format)) {
    throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${DRIFT_FORMATS.join(', ')}, got "${value}"`);
  }
  return [...previous, { format, file: value.slice(at + 1) }];
}

/** Formats that draw the fleet view (accounts × settings, sandboxes marked): the run looks every account up for them. */
export const FLEET_FORMATS: readonly DriftFormat[] = ['markdown', 'html'];
