import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { SMALL_BLUEPRINT } from './fixtures/smallBlueprint';
import { addChartsViaNode } from './support/chartsViaNode';
import { cellAt, conditionalFormatsOf, loadWorkbook, namesOf, packagePart, packageParts, noteText, validationsOf } from './support/readBack';

// addChartsToXlsx runs in a child Node process: excelize-wasm cannot load inside Jest's sandbox.
describe('addChartsToXlsx', () => {
  let charted: Uint8Array;

  beforeAll(async () => {
    charted = await addChartsViaNode(await renderXlsx(SMALL_BLUEPRINT), SMALL_BLUEPRINT);
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
  });

  test('keeps what renderXlsx wrote: names, formulas, text, styles, validations, rules, notes, panes, links, recalculation', async () => {
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
    expect(await packagePart(charted, 'xl/workbook.xml')).toMatch(/fullCalcOnLoad="(1|true)"/);
  });

  test('every chart of the business case, one part each, no series name left as a reference', async () => {
    const blueprint = buildBlueprint(defaultInputs());
    const bytes = await addChartsViaNode(await renderXlsx(blueprint), blueprint);
    const chartParts = (await packageParts(bytes)).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
    const expected = blueprint.sheets.flatMap((sheet) => sheet.charts);
    expect(chartParts).toHaveLength(expected.length);
    const xml = await Promise.all(chartParts.map((path) => packagePart(bytes, path)));
    for (const chart of expected) expect(xml.some((part) => part.includes(`<a:t>${chart.title}</a:t>`))).toBe(true);
    for (const part of xml) expect(part).not.toMatch(/<tx><strRef>/);
  });

  test('a blueprint without charts comes back unchanged', async () => {
    const noCharts = { ...SMALL_BLUEPRINT, sheets: SMALL_BLUEPRINT.sheets.map((sheet) => ({ ...sheet, charts: [] })) };
    const bytes = await renderXlsx(noCharts);
    expect(Buffer.from(await addChartsViaNode(bytes, noCharts)).equals(Buffer.from(bytes))).toBe(true);
  });
});
