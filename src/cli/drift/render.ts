import type { DirectoryResult } from './check';
import type { DriftFormat } from './formats';
import { renderJson } from './render-json';
import { renderHtml } from './render-html';
import { renderJunit } from './render-junit';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

export { renderHtml, renderJson, renderJunit, renderMarkdown, renderText };

export { DRIFT_FORMATS, type DriftFormat } from './formats';

export const RENDERERS: Record<DriftFormat, (results: DirectoryResult[]) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  junit: renderJunit,
  html: (results) => renderHtml(results),
};
