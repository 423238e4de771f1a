// The export formats `kg export` offers, and turning a snapshot into the chosen one. Pure.
import type { GraphSnapshot } from '../store/graph-store.ts';
import { toGraphML } from './graphml.ts';
import { toGraphologyJSON } from './graphology-json.ts';

export const EXPORT_FORMATS = ['graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class UnknownExportFormatError extends Error {
  override name = 'UnknownExportFormatError';
}

export function parseExportFormat(value: string): ExportFormat {
  const v = value.toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(v)) return v as ExportFormat;
  throw new UnknownExportFormatError(`Unknown export format "${value}": use one of ${EXPORT_FORMATS.join(', ')} (--format graphml).`);
}

/** The snapshot as text in `format` (JSON is graphology's serialisation, pretty-printed). */
export function renderExport(snapshot: GraphSnapshot, format: ExportFormat): string {
  return format === 'graphml' ? toGraphML(snapshot) : `${JSON.stringify(toGraphologyJSON(snapshot), null, 2)}\n`;
}
