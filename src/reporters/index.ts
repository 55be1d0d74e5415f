import type { ScanResult } from '../app/result.js';
import { type Format } from '../settings/scan.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText, type TextOptions } from './text.js';

/** `opts` other than `color` apply to the text report only. */
export function render(result: ScanResult, format: Format, opts: TextOptions = { color: false }): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result);
    case 'markdown':
      return renderMarkdown(result);
    case 'text':
      return renderText(result, opts);
  }
}
