import type JSZip from 'jszip';
import { ChartBlueprint, SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { chartXml } from './chartXml';
import { escapeXml, unescapeXml } from './xmlText';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function attribute(element: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The workbook package has no part ${path}.`);
  return file.async('string');
}

/** Each sheet's worksheet part, found the way Excel finds it: workbook.xml's r:id through its relationships. */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for (const relationship of (await text(zip, 'xl/_rels/workbook.xml.rels')).match(/<Relationship\b[^>]*>/g) ?? []) {
    const target = attribute(relationship, 'Target')!;
    targets.set(attribute(relationship, 'Id')!, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of (await text(zip, 'xl/workbook.xml')).match(/<sheet\b[^>]*>/g) ?? []) {
    parts.set(attribute(sheet, 'name')!, targets.get(attribute(sheet, 'r:id')!)!);
  }
  return parts;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The next free number for parts named like xl/charts/chart7.xml, so nothing ExcelJS wrote is replaced. */
function nextNumber(zip: JSZip, pattern: RegExp): number {
  const used = Object.keys(zip.files).map((path) => Number(pattern.exec(path)?.[1] ?? 0));
  return Math.max(0, ...used) + 1;
}

/** The chart sits exactly over the blueprint's cells: from the top-left of the first to the bottom-right of the last, like Office.js setPosition. */
function anchorXml(chart: ChartBlueprint, shapeId: number, relationshipId: string): string {
  const { startRow, startCol, endRow, endCol } = chart.anchor;
  const corner = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor><xdr:from>${corner(startCol, startRow)}</xdr:from><xdr:to>${corner(endCol + 1, endRow + 1)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.id)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${relationshipId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    '<xdr:clientData fLocksWithSheet="true" fPrintsWithSheet="true"/></xdr:twoCellAnchor>'
  );
}

function relationshipsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const rows = relationships.map(({ id, type, target }) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${rows.join('')}</Relationships>`;
}

/** Adds a relationship to a part's .rels (made if missing) under an id the part does not use yet; returns the id. */
async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const relsPath = relsPathOf(part);
  const rels = zip.file(relsPath) ? await text(zip, relsPath) : relationshipsXml([]);
  const used = new Set((rels.match(/\sId="[^"]*"/g) ?? []).map((id) => id.slice(5, -1)));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`));
  return id;
}

// CT_Worksheet's order: <drawing> comes after the page setup and before a notes sheet's <legacyDrawing>.
const AFTER_DRAWING = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

function withDrawing(sheetXml: string, relationshipId: string): string {
  const at = AFTER_DRAWING.exec(sheetXml);
  if (!at) throw new Error('A worksheet part has no closing tag.');
  return `${sheetXml.slice(0, at.index)}<drawing r:id="${relationshipId}"/>${sheetXml.slice(at.index)}`;
}

interface Numbering {
  chart: number;
  drawing: number;
  readonly overrides: string[];
}

async function addSheetCharts(zip: JSZip, sheetPart: string, sheet: SheetBlueprint, numbering: Numbering): Promise<void> {
  const drawingPart = `xl/drawings/drawing${numbering.drawing}.xml`;
  numbering.overrides.push(`<Override PartName="/${drawingPart}" ContentType="${DRAWING_TYPE}"/>`);
  numbering.drawing += 1;
  const relationships = sheet.charts.map((chart, index) => {
    const chartPart = `xl/charts/chart${numbering.chart}.xml`;
    zip.file(chartPart, chartXml(chart));
    numbering.overrides.push(`<Override PartName="/${chartPart}" ContentType="${CHART_TYPE}"/>`);
    numbering.chart += 1;
    return { id: `rId${index + 1}`, type: 'chart', target: `../charts/${chartPart.slice('xl/charts/'.length)}` };
  });
  const anchors = sheet.charts.map((chart, index) => anchorXml(chart, index + 2, relationships[index].id)).join('');
  zip.file(
    drawingPart,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`,
  );
  zip.file(relsPathOf(drawingPart), relationshipsXml(relationships));
  const id = await addRelationship(zip, sheetPart, 'drawing', `../drawings/${drawingPart.slice('xl/drawings/'.length)}`);
  zip.file(sheetPart, withDrawing(await text(zip, sheetPart), id));
}

/**
 * Adds the blueprint's charts to a workbook package that ExcelJS wrote (it has no charts of its
 * own): a drawing part per charted sheet holding its charts, each chart a part of its own, and the
 * relationships and content types that tie them in. Edits the package in memory; zipping is the caller's.
 */
export async function addChartParts(zip: JSZip, blueprint: WorkbookBlueprint): Promise<void> {
  const charted = blueprint.sheets.filter((sheet) => sheet.charts.length > 0);
  if (charted.length === 0) return;
  const parts = await worksheetParts(zip);
  const numbering: Numbering = { chart: nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/), drawing: nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/), overrides: [] };
  for (const sheet of charted) {
    const part = parts.get(sheet.name);
    if (part === undefined) throw new Error(`The workbook package has no worksheet named ${sheet.name} for its charts.`);
    await addSheetCharts(zip, part, sheet, numbering);
  }
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${numbering.overrides.join('')}</Types>`));
}
