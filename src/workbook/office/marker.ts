/**
 * The generated-by marker. Every sheet this renderer creates carries a hidden sheet-scoped name
 * whose value is a text constant: generator id, blueprint version and run id. A sheet-scoped name
 * (ExcelApi 1.4) was chosen over a worksheet custom property (ExcelApi 1.12, absent from Excel
 * 2019) because it works on every build the renderer supports, travels with the sheet when it is
 * renamed or moved, and survives a save as .xlsx. A user sheet that merely has the same name has no
 * marker, so it is never updated or removed.
 */

export const MARKER_NAME = '_roi_ai_cx_generated';

export interface Marker {
  readonly generatorId: string;
  readonly version: string;
  readonly runId: string;
}

const SEPARATOR = '|';

/** The name's formula: a quoted text constant, so Excel never evaluates anything in it. */
export function markerFormula(marker: Marker): string {
  const text = [marker.generatorId, marker.version, marker.runId].join(SEPARATOR).replace(/"/g, '""');
  return `="${text}"`;
}

/** Reads a marker back from the name's value (Excel returns the constant's text) or formula. */
export function parseMarker(raw: unknown, generatorId: string): Marker | null {
  if (typeof raw !== 'string') return null;
  const text = raw.startsWith('="') && raw.endsWith('"') ? raw.slice(2, -1).replace(/""/g, '"') : raw;
  const [id, version, runId] = text.split(SEPARATOR);
  if (id !== generatorId || version === undefined || runId === undefined) return null;
  return { generatorId: id, version, runId };
}
