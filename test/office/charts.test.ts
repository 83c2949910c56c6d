import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { exampleInputs } from '../support/examples';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';
import { ChartState } from '../support/fakeExcel/state';

/**
 * The charts Excel receives carry what the .xlsx writes (test/xlsx/charts.test.ts): a legend at
 * the bottom only for several series, category labels low where values go negative, a label a
 * year on the cumulative months, value axes in thousands titled with the currency.
 */

const THOUSANDS = '#,##0,"k";-#,##0,"k";0';

let fake: FakeExcel;
let charts: Map<string, ChartState>;

beforeAll(async () => {
  fake = createFakeExcel();
  const report = await renderIntoWorkbook(fake.context, buildBlueprint(exampleInputs('mid-market')), { runId: 'charts' });
  if (report.kind !== 'written') throw new Error(`expected a write, got ${JSON.stringify(report)}`);
  charts = new Map(fake.state.sheets.flatMap((sheet) => sheet.charts).map((chart) => [chart.name, chart]));
});
afterAll(() => fake.destroy());

describe('the mid-market example\'s charts in Excel', () => {
  test('a legend at the bottom on the charts of several series, hidden on a single series', () => {
    expect(Object.fromEntries([...charts].map(([name, chart]) => [name, chart.legend]))).toEqual({
      'summary-cumulative-net': { visible: true, position: 'Bottom' },
      'summary-benefits-by-line': { visible: true, position: 'Bottom' },
      'summary-scenarios': { visible: false, position: 'Right' },
      'sensitivity-tornado': { visible: true, position: 'Bottom' },
      'risk-tornado': { visible: false, position: 'Right' },
      'risk-npv-histogram': { visible: false, position: 'Right' },
      'risk-npv-s-curve': { visible: false, position: 'Right' },
    });
  });

  test('category labels low where values can go negative, the months labelled once a year', () => {
    const positions = Object.fromEntries([...charts].map(([name, chart]) => [name, chart.categoryAxis.tickLabelPosition]));
    expect(positions).toEqual({
      'summary-cumulative-net': 'Low',
      'summary-benefits-by-line': 'Low',
      'summary-scenarios': 'Low',
      'sensitivity-tornado': 'Low',
      'risk-tornado': 'Low',
      'risk-npv-histogram': 'NextToAxis',
      'risk-npv-s-curve': 'Low',
    });
    expect(charts.get('summary-cumulative-net')!.categoryAxis.tickLabelSpacing).toBe(12);
    expect(charts.get('summary-scenarios')!.categoryAxis.tickLabelSpacing).toBeNull();
  });

  test('money axes in thousands with the currency in their titles; bins and probabilities formatted', () => {
    for (const name of ['summary-cumulative-net', 'summary-benefits-by-line', 'summary-scenarios', 'sensitivity-tornado', 'risk-npv-s-curve']) {
      const { valueAxis } = charts.get(name)!;
      expect({ name, format: valueAxis.numberFormat, title: valueAxis.title }).toEqual({ name, format: THOUSANDS, title: expect.stringMatching(/ \(USD\)$/) });
    }
    expect(charts.get('summary-cumulative-net')!.categoryAxis.title).toBe('Month');
    expect(charts.get('risk-npv-histogram')!.categoryAxis.numberFormat).toBe(THOUSANDS);
    expect(charts.get('risk-npv-histogram')!.valueAxis.numberFormat).toBe('General');
    expect(charts.get('risk-npv-s-curve')!.categoryAxis.numberFormat).toBe('0%');
  });
});

describe('the fake refuses what Excel refuses', () => {
  test('a tick label position, a spacing or a legend position Excel does not know fails at sync', async () => {
    const other = createFakeExcel();
    try {
      const sheet = other.context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').values = [[1, 2, 3]];
      const chart = sheet.charts.add('Line', sheet.getRange('A1:C1'), 'Rows');
      await other.context.sync();
      const attempts: Array<() => void> = [
        () => (chart.axes.categoryAxis.tickLabelPosition = 'Bottom' as Excel.ChartAxisTickLabelPosition),
        () => (chart.axes.categoryAxis.tickLabelSpacing = 0),
        () => (chart.axes.categoryAxis.tickLabelSpacing = 2.5),
        () => (chart.legend.position = 'Below' as Excel.ChartLegendPosition),
      ];
      for (const attempt of attempts) {
        attempt();
        await expect(other.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      }
      chart.axes.categoryAxis.tickLabelSpacing = 6;
      chart.axes.categoryAxis.tickLabelPosition = 'Low';
      await other.context.sync();
      expect(other.state.sheets[0].charts[0].categoryAxis).toMatchObject({ tickLabelPosition: 'Low', tickLabelSpacing: 6 });
    } finally {
      other.destroy();
    }
  });
});
