import { XMLParser } from 'fast-xml-parser';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { excelizeChartsViaNode } from './support/chartsViaNode';
import { packagePart, packageParts } from './support/readBack';

/**
 * The chart parts renderXlsx writes itself are the ones excelize-wasm drew before (the reference in
 * support/excelizeCharts.ts), element for element and attribute for attribute; only where a chart
 * sits differs, on purpose (charts.test.ts: exactly over its blueprint cells). And drawing the
 * charts changes nothing else in the sheets.
 */
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, htmlEntities: true });
const tree = (xml: string) => parser.parse(xml);
const CHART_PART = /^xl\/charts\/chart\d+\.xml$/;

describe('charts as excelize-wasm drew them', () => {
  const blueprint = buildBlueprint(defaultInputs());
  let ours: Uint8Array;
  let before: Uint8Array;
  let plain: Uint8Array;

  beforeAll(async () => {
    plain = await renderXlsx(blueprint);
    ours = await renderXlsx(blueprint, { charts: true });
    before = await excelizeChartsViaNode(plain, blueprint);
  });

  test('the blueprint has a chart of every type the writer knows', () => {
    expect(new Set(blueprint.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.type)))).toEqual(new Set(['line', 'columnClustered', 'columnStacked', 'barClustered']));
  });

  test('every chart part is the same markup', async () => {
    const parts = (await packageParts(ours)).filter((path) => CHART_PART.test(path)).sort();
    expect((await packageParts(before)).filter((path) => CHART_PART.test(path)).sort()).toEqual(parts);
    for (const part of parts) expect({ part, xml: tree(await packagePart(ours, part)) }).toEqual({ part, xml: tree(await packagePart(before, part)) });
  });

  test('each drawing holds the same charts, by name and description, in the same order', async () => {
    const shapes = async (bytes: Uint8Array, part: string) => [...(await packagePart(bytes, part)).matchAll(/<xdr:cNvPr id="(\d+)" name="([^"]*)" descr="([^"]*)"/g)].map((match) => match.slice(1));
    const drawings = (await packageParts(ours)).filter((path) => /^xl\/drawings\/drawing\d+\.xml$/.test(path));
    expect(drawings.length).toBeGreaterThan(0);
    for (const part of drawings) expect(await shapes(ours, part)).toEqual(await shapes(before, part));
  });

  test('the worksheets are the ones written without charts, each charted one with its drawing added', async () => {
    const sheets = (await packageParts(plain)).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    let charted = 0;
    for (const part of sheets) {
      const xml = await packagePart(ours, part);
      if (xml.includes('<drawing ')) charted += 1;
      expect(xml.replace(/<drawing r:id="rId\d+"\/>/, '')).toBe(await packagePart(plain, part));
    }
    expect(charted).toBe(blueprint.sheets.filter((sheet) => sheet.charts.length > 0).length);
    for (const part of ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml']) expect(await packagePart(ours, part)).toBe(await packagePart(plain, part));
  });
});
