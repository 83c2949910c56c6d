import { XMLParser } from 'fast-xml-parser';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { ChartBlueprint, SheetBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
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

/** One chart part, parsed: what a reader of the chart sees of its legend, axes and labels. */
interface ChartReading {
  readonly title: string;
  readonly legendPosition: string | null;
  readonly categoryLabelPosition: string;
  readonly categoryLabelSkip: number;
  readonly categoryFormat: { code: string; linked: string };
  readonly valueFormat: { code: string; linked: string };
  readonly valueTitle: string | null;
  readonly labelFonts: Array<{ size: string; color: string }>;
}

const chartParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, htmlEntities: true });

function readChart(xml: string): ChartReading {
  const chart = chartParser.parse(xml).chartSpace.chart;
  const { catAx, valAx } = chart.plotArea;
  const format = (axis: Record<string, { '@_formatCode': string; '@_sourceLinked': string }>) => ({ code: axis.numFmt['@_formatCode'], linked: axis.numFmt['@_sourceLinked'] });
  const font = (axis: { txPr: { 'a:p': { 'a:pPr': { 'a:defRPr': { '@_sz': string; 'a:solidFill': { 'a:srgbClr'?: { '@_val': string } } } } } } }) => {
    const run = axis.txPr['a:p']['a:pPr']['a:defRPr'];
    return { size: run['@_sz'], color: run['a:solidFill']['a:srgbClr']?.['@_val'] ?? 'scheme colour' };
  };
  return {
    title: chart.title.tx.rich['a:p']['a:r']['a:t'],
    legendPosition: chart.legend?.legendPos['@_val'] ?? null,
    categoryLabelPosition: catAx.tickLblPos['@_val'],
    categoryLabelSkip: Number(catAx.tickLblSkip['@_val']),
    categoryFormat: format(catAx),
    valueFormat: format(valAx),
    valueTitle: valAx.title?.tx.rich['a:p']['a:r']['a:t'] ?? null,
    labelFonts: [font(catAx), font(valAx)],
  };
}

describe('the examples\' charts, as a reader sees them', () => {
  const THOUSANDS = '#,##0,"k";-#,##0,"k";0';
  const readings = new Map<string, Map<string, ChartReading>>();

  beforeAll(async () => {
    for (const name of ['mid-market', 'tei-study']) {
      const blueprint = buildBlueprint(exampleInputs(name));
      const bytes = await renderXlsx(blueprint, { charts: true });
      const parts = (await packageParts(bytes)).filter((path) => CHART_PART.test(path));
      const byTitle = new Map((await Promise.all(parts.map(async (path) => readChart(await packagePart(bytes, path))))).map((reading) => [reading.title, reading]));
      readings.set(name, new Map(blueprint.sheets.flatMap((sheet) => sheet.charts).map((chart) => [chart.id, byTitle.get(chart.title)!])));
    }
  });

  const both = (check: (charts: Map<string, ChartReading>) => void) => ['mid-market', 'tei-study'].forEach((name) => check(readings.get(name)!));

  test('all seven charts are there, each found by its title', () => {
    both((charts) => {
      expect([...charts.keys()].sort()).toEqual(['risk-npv-histogram', 'risk-npv-s-curve', 'risk-tornado', 'sensitivity-tornado', 'summary-benefits-by-line', 'summary-cumulative-net', 'summary-scenarios']);
      for (const reading of charts.values()) expect(reading).toBeDefined();
    });
  });

  test('a legend at the bottom on the charts of several series, none on a single series', () => {
    both((charts) => {
      const legends = Object.fromEntries([...charts].map(([id, reading]) => [id, reading.legendPosition]));
      expect(legends).toEqual({
        'summary-cumulative-net': 'b',
        'summary-benefits-by-line': 'b',
        'summary-scenarios': null,
        'sensitivity-tornado': 'b',
        'risk-tornado': null,
        'risk-npv-histogram': null,
        'risk-npv-s-curve': null,
      });
    });
  });

  test('category labels sit low, outside the plot, where values can go negative; the months once a year', () => {
    both((charts) => {
      for (const id of ['summary-cumulative-net', 'summary-scenarios', 'sensitivity-tornado', 'risk-tornado', 'risk-npv-s-curve']) expect({ id, position: charts.get(id)!.categoryLabelPosition }).toEqual({ id, position: 'low' });
      expect(charts.get('summary-cumulative-net')!.categoryLabelSkip).toBe(12);
    });
  });

  test('money axes read in thousands, titled with the currency; the histogram\'s bins and the S-curve\'s probabilities formatted', () => {
    const currency = { 'mid-market': exampleInputs('mid-market').currency, 'tei-study': exampleInputs('tei-study').currency };
    for (const [name, charts] of readings) {
      for (const id of ['summary-cumulative-net', 'summary-benefits-by-line', 'summary-scenarios', 'sensitivity-tornado', 'risk-npv-s-curve']) {
        const reading = charts.get(id)!;
        expect({ id, format: reading.valueFormat }).toEqual({ id, format: { code: THOUSANDS, linked: 'false' } });
        expect(reading.valueTitle).toMatch(new RegExp(` \\(${currency[name as keyof typeof currency]}\\)$`));
      }
      expect(charts.get('risk-npv-histogram')!.valueFormat.linked).toBe('true');
      expect(charts.get('risk-npv-histogram')!.categoryFormat).toEqual({ code: THOUSANDS, linked: 'false' });
      expect(charts.get('risk-npv-s-curve')!.categoryFormat).toEqual({ code: '0%', linked: 'false' });
      expect(charts.get('summary-cumulative-net')!.categoryFormat).toEqual({ code: 'General', linked: 'false' });
    }
  });

  test('every tick label is dark grey 9 pt, not the pale grey of the axis lines', () => {
    both((charts) => {
      for (const reading of charts.values()) expect(reading.labelFonts).toEqual([{ size: '900', color: '595959' }, { size: '900', color: '595959' }]);
    });
  });
});
