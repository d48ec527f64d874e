/** The drift report formats, apart from their renderers so that parsing options loads none of them. */
export const DRIFT_FORMATS = ['text', 'markdown', 'json', 'junit'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];
