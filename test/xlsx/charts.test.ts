import { XMLParser } from 'fast-xml-parser';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { ChartBlueprint, SheetBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { SMALL_BLUEPRINT } from './fixtures/smallBlueprint';
import { cellAt, conditionalFormatsOf, loadWorkbook, namesOf, packagePart, packageParts, noteText, validationsOf } from './support/readBack';

const CHART_PART = /^xl\/charts\/chart\d+\.xml$/;

function withCharts(blueprint: WorkbookBlueprint, sheetName: string, charts: ChartBlueprint[]): WorkbookBlueprint {
  return { ...blueprint, sheets: blueprint.sheets.map((sheet): SheetBlueprint => (sheet.name === sheetName ? { ...sheet, charts: [...sheet.charts, ...charts] } : sheet)) };
}

interface Corner {
  col: number;
  row: number;
}

/** Each chart's anchor in a drawing part, as the cells it spans from and to. */
function anchorsOf(drawing: string): { name: string; from: Corner; to: Corner }[] {
  const corner = (xml: string) => ({ col: Number(/<xdr:col>(\d+)</.exec(xml)![1]), row: Number(/<xdr:row>(\d+)</.exec(xml)![1]) });
  return [...drawing.matchAll(/<xdr:from>(.*?)<\/xdr:from><xdr:to>(.*?)<\/xdr:to>.*?<xdr:cNvPr [^>]*name="([^"]*)"/g)].map((match) => ({
    name: match[3],
    from: corner(match[1]),
    to: corner(match[2]),
  }));
}

describe('renderXlsx with charts', () => {
  let charted: Uint8Array;

  beforeAll(async () => {
    charted = await renderXlsx(SMALL_BLUEPRINT, { charts: true });
  });

  test('draws the chart with its type, title, literal series name and references, at its anchor', async () => {
    const chart = await packagePart(charted, 'xl/charts/chart1.xml');
    expect(chart).toMatch(/<barChart><barDir val="col"/);
    expect(chart).toContain('<a:t>Net by month</a:t>');
    expect(chart).toContain('<tx><v>Net cash flow</v></tx>');
    expect(chart).toContain('<f>&#39;Model&#39;!$B$6:$C$6</f>');
    expect(chart).toContain('<f>&#39;Model&#39;!$B$4:$C$4</f>');
    expect(chart).toContain('<a:t>USD</a:t>');
    const drawing = await packagePart(charted, 'xl/drawings/drawing1.xml');
    expect(drawing).toMatch(/<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>8<\/xdr:row>/);
    expect(await packagePart(charted, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('../drawings/drawing1.xml');
    expect(await packagePart(charted, '[Content_Types].xml')).toMatch(/<Override PartName="\/xl\/charts\/chart1.xml" ContentType="application\/vnd.openxmlformats-officedocument.drawingml.chart\+xml"(\/>|><\/Override>)/);
  });

  test('keeps what renderXlsx wrote: names, formulas, text, styles, validations, rules, notes, panes, links, recalculation, the active sheet', async () => {
    const workbook = await loadWorkbook(charted);
    expect(namesOf(workbook).get('deflection_rate')).toEqual(['Inputs!$B$4']);
    expect(cellAt(workbook, 'Model', 4, 1).formula).toBe('contacts_per_month*deflection_rate');
    expect(cellAt(workbook, 'Inputs', 5, 1).value).toBe('=SUM(A1:A2)');
    expect(cellAt(workbook, 'Inputs', 5, 1).formula).toBeFalsy();
    expect(cellAt(workbook, 'Inputs', 3, 1).numFmt).toBe('0.0%');
    expect(cellAt(workbook, 'Inputs', 2, 1).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    const validations = validationsOf(workbook.getWorksheet('Inputs')!);
    expect(validations.B5.type).toBe('list');
    expect(conditionalFormatsOf(workbook.getWorksheet('Model')!)).toHaveLength(2);
    expect(noteText(cellAt(workbook, 'Inputs', 2, 1))).toBe('All channels, before AI.');
    expect(workbook.getWorksheet('Inputs')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    const sheet = await packagePart(charted, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<hyperlink ref="A2" location="[^"]*Inputs[^"]*!A1"/);
    expect(sheet).not.toMatch(/<hyperlink[^>]*r:id=/);
    expect(await packagePart(charted, 'xl/workbook.xml')).toMatch(/activeTab="1"/);
    expect(await packagePart(charted, 'xl/workbook.xml')).toMatch(/fullCalcOnLoad="(1|true)"/);
  });

  test('every chart of the business case, one part each, no series name left as a reference', async () => {
    const blueprint = buildBlueprint(defaultInputs());
    const bytes = await renderXlsx(blueprint, { charts: true });
    const chartParts = (await packageParts(bytes)).filter((path) => CHART_PART.test(path));
    const expected = blueprint.sheets.flatMap((sheet) => sheet.charts);
    expect(chartParts).toHaveLength(expected.length);
    const xml = await Promise.all(chartParts.map((path) => packagePart(bytes, path)));
    for (const chart of expected) expect(xml.some((part) => part.includes(`<a:t>${chart.title}</a:t>`))).toBe(true);
    for (const part of xml) expect(part).not.toMatch(/<tx><strRef>/);
  });

  test('each chart covers exactly its blueprint cells, so charts stacked on a sheet do not overlap', async () => {
    const blueprint = buildBlueprint(defaultInputs());
    const bytes = await renderXlsx(blueprint, { charts: true });
    const drawings = (await packageParts(bytes)).filter((path) => /^xl\/drawings\/drawing\d+\.xml$/.test(path));
    const anchors = (await Promise.all(drawings.map((path) => packagePart(bytes, path)))).flatMap(anchorsOf);
    const charts = blueprint.sheets.flatMap((sheet) => sheet.charts);
    expect(anchors.map((anchor) => anchor.name).sort()).toEqual(charts.map((chart) => chart.id).sort());
    for (const chart of charts) {
      const { startRow, startCol, endRow, endCol } = chart.anchor;
      // "to" is the cell whose top-left corner the chart's bottom-right corner touches
      expect(anchors.find((anchor) => anchor.name === chart.id)).toEqual({ name: chart.id, from: { col: startCol, row: startRow }, to: { col: endCol + 1, row: endRow + 1 } });
    }
    const summary = anchors.filter((anchor) => anchor.name.startsWith('summary-')).sort((a, b) => a.from.row - b.from.row);
    for (let i = 1; i < summary.length; i += 1) expect(summary[i].from.row).toBeGreaterThanOrEqual(summary[i - 1].to.row);
  });

  test('a title or series name with markup characters stays text', async () => {
    const hostile = '</v></tx><f>Model!A1</f> & "quoted" <script>';
    const chart: ChartBlueprint = { id: 'inputs-hostile', type: 'line', title: hostile, series: [{ name: hostile, values: "'Inputs'!$B$3:$B$4", categories: "'Inputs'!$A$3:$A$4" }], anchor: { startRow: 12, startCol: 0, endRow: 20, endCol: 3 } };
    const bytes = await renderXlsx(withCharts(SMALL_BLUEPRINT, 'Inputs', [chart]), { charts: true });
    const parts = (await packageParts(bytes)).filter((path) => CHART_PART.test(path));
    const xml = (await Promise.all(parts.map((path) => packagePart(bytes, path)))).find((part) => part.includes('<lineChart>'))!;
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, htmlEntities: true }).parse(xml);
    const series = parsed.chartSpace.chart.plotArea.lineChart.ser;
    expect(series.tx.v).toBe(hostile);
    expect(parsed.chartSpace.chart.title.tx.rich['a:p']['a:r']['a:t']).toBe(hostile);
    expect([series.cat.strRef.f, series.val.numRef.f]).toEqual(["'Inputs'!$A$3:$A$4", "'Inputs'!$B$3:$B$4"]);
  });

  test('on a sheet with notes, the drawing comes before the notes\' drawing, as the schema orders them, and the file still reads', async () => {
    const chart: ChartBlueprint = { id: 'inputs-rates', type: 'barClustered', title: 'Rates', series: [{ name: 'Rate', values: "'Inputs'!$B$3:$B$4", categories: "'Inputs'!$A$3:$A$4" }], anchor: { startRow: 12, startCol: 0, endRow: 20, endCol: 3 } };
    const bytes = await renderXlsx(withCharts(SMALL_BLUEPRINT, 'Inputs', [chart]), { charts: true });
    const sheet = await packagePart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"(\/>|><\/drawing>)<legacyDrawing r:id="rId\d+"/);
    const drawingId = /<drawing r:id="(rId\d+)"/.exec(sheet)![1];
    const rels = await packagePart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels.match(new RegExp(`Id="${drawingId}"`, 'g'))).toHaveLength(1);
    expect(rels).toContain('relationships/comments');
    expect(noteText(cellAt(await loadWorkbook(bytes), 'Inputs', 2, 1))).toBe('All channels, before AI.');
  });

  test('without the option, or without charts in the blueprint, the package has no chart or drawing parts', async () => {
    const noCharts = { ...SMALL_BLUEPRINT, sheets: SMALL_BLUEPRINT.sheets.map((sheet) => ({ ...sheet, charts: [] })) };
    for (const bytes of [await renderXlsx(SMALL_BLUEPRINT), await renderXlsx(noCharts, { charts: true })]) {
      expect((await packageParts(bytes)).filter((path) => /^xl\/(charts|drawings\/drawing)/.test(path))).toEqual([]);
      expect(await packagePart(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('<drawing ');
    }
  });
});
