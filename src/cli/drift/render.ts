import type { DirectoryResult } from './check';
import { renderJson } from './render-json';
import { renderJunit } from './render-junit';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

export { renderJson, renderJunit, renderMarkdown, renderText };

export const DRIFT_FORMATS = ['text', 'markdown', 'json', 'junit'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

export const RENDERERS: Record<DriftFormat, (results: DirectoryResult[]) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  junit: renderJunit,
};
