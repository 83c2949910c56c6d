import { ChartBlueprint, ChartSeriesBlueprint } from '../blueprint/types';
import { escapeXml } from './xmlText';

/**
 * The DrawingML of one blueprint chart (xl/charts/chartN.xml), written as text. It is the markup
 * excelize-wasm writes for these four chart types and the blueprint's legend, label and format
 * settings, element for element (test/xlsx/chartsAsBefore.test.ts compares the two; only the tick
 * labels' fixed rotation is left out), so Excel, LibreOffice and Gnumeric read the charts, without a
 * 17 MB WebAssembly module to compile on every run.
 */

const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CATEGORY_AXIS_ID = 100000000;
const VALUE_AXIS_ID = 100000001;
// A timeline of 36 to 120 months labels about a dozen ticks, not every month.
const MAX_CATEGORY_LABELS = 13;

const FONTS = '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>';
const PLAIN_RUN = 'b="false" baseline="0" i="false" kern="0" spc="0"';
const EMPTY_TEXT_BODY = '<a:bodyPr anchorCtr="false" rot="0" spcFirstLastPara="false"/>';
const LIGHT_LINE =
  '<a:ln algn="ctr" cap="flat" cmpd="sng" w="9525"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="15000"/><a:lumOff val="85000"/></a:schemeClr></a:solidFill></a:ln>';
// Dark grey 9 pt: the light grey of the axis lines is unreadable on paper. No rotation given, so an
// application may turn crowded category labels: LibreOffice, which draws every category's label
// whatever tickLblSkip says, otherwise wraps "12" into a column of digits.
const TICK_LABELS =
  '<txPr><a:bodyPr anchor="ctr" anchorCtr="true" spcFirstLastPara="true" vert="horz" vertOverflow="ellipsis" wrap="square"/><a:p><a:pPr>' +
  '<a:defRPr b="false" baseline="0" i="false" kern="1200" spc="0" strike="noStrike" sz="900" u="none"><a:solidFill><a:srgbClr val="595959"/></a:solidFill>' +
  `${FONTS}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></txPr>`;
const LABEL_FLAGS = ['showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'showLeaderLines']
  .map((flag) => `<${flag} val="0"/>`)
  .join('');

interface TypeMarkup {
  readonly open: string;
  readonly close: string;
  /** what follows the chart's data labels, before its axis ids */
  readonly afterLabels: string;
  readonly categoryAxis: { readonly orientation: 'minMax' | 'maxMin'; readonly position: 'b' | 't' };
  readonly line: boolean;
}

function typeMarkup(type: ChartBlueprint['type']): TypeMarkup {
  const bars = (direction: 'col' | 'bar', grouping: 'clustered' | 'stacked') => ({
    // one colour per series: a colour per bar would need a legend of the categories
    open: `<barChart><barDir val="${direction}"/><grouping val="${grouping}"/><varyColors val="0"/>`,
    close: '</barChart>',
    afterLabels: grouping === 'stacked' ? '<overlap val="100"/>' : '',
    line: false,
  });
  switch (type) {
    case 'line':
      return { open: '<lineChart><grouping val="standard"/><varyColors val="0"/>', close: '</lineChart>', afterLabels: '', categoryAxis: { orientation: 'minMax', position: 'b' }, line: true };
    case 'columnClustered':
      return { ...bars('col', 'clustered'), categoryAxis: { orientation: 'minMax', position: 'b' } };
    case 'columnStacked':
      return { ...bars('col', 'stacked'), categoryAxis: { orientation: 'minMax', position: 'b' } };
    case 'barClustered':
      // A bar chart lists categories bottom-up; reversed, it reads top-down like the table it plots.
      return { ...bars('bar', 'clustered'), categoryAxis: { orientation: 'maxMin', position: 't' } };
  }
}

function richText(text: string, bodyPr: string, runProperties: string): string {
  return (
    `<tx><rich>${bodyPr}<a:p><a:pPr><a:defRPr ${PLAIN_RUN}>${FONTS}</a:defRPr></a:pPr>` +
    `<a:r>${runProperties}<a:t>${escapeXml(text)}</a:t></a:r><a:endParaRPr lang="en-US" altLang="en-US"/></a:p></rich></tx>`
  );
}

function title(text: string, bodyPr: string, runProperties: string): string {
  return `<title>${richText(text, bodyPr, runProperties)}<overlay val="0"/><spPr/><txPr>${EMPTY_TEXT_BODY}<a:p/></txPr></title>`;
}

const CHART_TITLE_RUN = `<a:rPr ${PLAIN_RUN} sz="1400"><a:solidFill><a:srgbClr val="595959"/></a:solidFill></a:rPr>`;
const AXIS_TITLE_RUN = `<a:rPr ${PLAIN_RUN}/>`;
const VERTICAL_BODY = '<a:bodyPr anchorCtr="false" rot="-5400000" spcFirstLastPara="false" vert="horz"/>';

function seriesXml(series: ChartSeriesBlueprint, index: number, line: boolean): string {
  const labels = `<dLbls><spPr/><txPr>${EMPTY_TEXT_BODY}<a:p><a:pPr><a:defRPr ${PLAIN_RUN}/></a:pPr></a:p></txPr>${LABEL_FLAGS}</dLbls>`;
  return (
    `<ser><idx val="${index}"/><order val="${index}"/>` +
    // The blueprint's series names are text, which a chart holds as a literal, not a cell reference.
    `<tx><v>${escapeXml(series.name)}</v></tx>` +
    // a line over many months reads as a line; a marker per month hides it
    (line ? '<spPr><a:ln cap="rnd" w="25400"/></spPr>' : '') +
    labels +
    (line ? '<marker><symbol val="none"/><size val="5"/><spPr/></marker>' : '') +
    `<invertIfNegative val="0"/><cat><strRef><f>${escapeXml(series.categories)}</f></strRef></cat>` +
    `<val><numRef><f>${escapeXml(series.values)}</f><numCache><formatCode/></numCache></numRef></val><smooth val="0"/></ser>`
  );
}

/** How many categories a one-row or one-column reference such as "'Model'!$E$4:$AO$4" spans. */
export function categoryCount(reference: string): number {
  const match = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(reference);
  if (!match) return 1;
  const col = (letters: string) => letters.split('').reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return Math.max(col(match[3]) - col(match[1]), Number(match[4]) - Number(match[2])) + 1;
}

function axisBody(crossAxis: number, labelPosition: 'nextTo' | 'low'): string {
  return `<majorTickMark val="none"/><minorTickMark val="none"/><tickLblPos val="${labelPosition}"/><spPr>${LIGHT_LINE}</spPr>${TICK_LABELS}<crossAx val="${crossAxis}"/><crosses val="autoZero"/>`;
}

function numberFormat(formatCode: string | undefined, otherwise: string): string {
  return formatCode === undefined ? otherwise : `<numFmt formatCode="${escapeXml(formatCode)}" sourceLinked="false"/>`;
}

function categoryAxisXml(chart: ChartBlueprint, markup: TypeMarkup): string {
  const skip = chart.categoryLabelInterval ?? Math.max(1, Math.ceil(categoryCount(chart.series[0]?.categories ?? '') / MAX_CATEGORY_LABELS));
  const { orientation, position } = markup.categoryAxis;
  return (
    `<catAx><axId val="${CATEGORY_AXIS_ID}"/><scaling><orientation val="${orientation}"/></scaling><delete val="0"/><axPos val="${position}"/>` +
    (chart.categoryAxisTitle === undefined ? '' : title(chart.categoryAxisTitle, EMPTY_TEXT_BODY, AXIS_TITLE_RUN)) +
    numberFormat(chart.categoryAxisNumberFormat, '<numFmt formatCode="General" sourceLinked="false"/>') +
    axisBody(VALUE_AXIS_ID, chart.categoryLabelPosition ?? 'nextTo') +
    `<auto val="1"/><lblAlgn val="ctr"/><lblOffset val="100"/><tickLblSkip val="${skip}"/><noMultiLvlLbl val="0"/></catAx>`
  );
}

function valueAxisXml(chart: ChartBlueprint): string {
  return (
    `<valAx><axId val="${VALUE_AXIS_ID}"/><scaling><orientation val="minMax"/></scaling><delete val="0"/><axPos val="l"/>` +
    `<majorGridlines><spPr>${LIGHT_LINE}</spPr></majorGridlines>` +
    (chart.valueAxisTitle === undefined ? '' : title(chart.valueAxisTitle, VERTICAL_BODY, AXIS_TITLE_RUN)) +
    // Without a format of its own, the plotted cells' format (e.g. "USD "#,##0) labels the value axis.
    numberFormat(chart.valueAxisNumberFormat, '<numFmt formatCode="" sourceLinked="true"/>') +
    axisBody(CATEGORY_AXIS_ID, 'nextTo') +
    '<crossBetween val="between"/></valAx>'
  );
}

const FLAT_VIEW =
  '<view3D><rotX val="0"/><rotY val="0"/><rAngAx val="0"/><perspective val="0"/></view3D>' +
  '<floor><thickness val="0"/></floor><sideWall><thickness val="0"/></sideWall><backWall><thickness val="0"/></backWall>';

export function chartXml(chart: ChartBlueprint): string {
  const markup = typeMarkup(chart.type);
  const plot =
    markup.open +
    chart.series.map((series, index) => seriesXml(series, index, markup.line)).join('') +
    `<dLbls>${LABEL_FLAGS}</dLbls>${markup.afterLabels}<axId val="${CATEGORY_AXIS_ID}"/><axId val="${VALUE_AXIS_ID}"/>` +
    markup.close;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<chartSpace xmlns="${NS_CHART}" xmlns:a="${NS_DRAWING}"><date1904 val="0"/><lang val="en-US"/><roundedCorners val="0"/>` +
    `<chart>${title(chart.title, EMPTY_TEXT_BODY, CHART_TITLE_RUN)}${FLAT_VIEW}` +
    `<plotArea>${plot}${categoryAxisXml(chart, markup)}${valueAxisXml(chart)}<spPr/></plotArea>` +
    (chart.legend === 'bottom' ? '<legend><legendPos val="b"/><overlay val="0"/></legend>' : '') +
    '<plotVisOnly val="0"/><dispBlanksAs val="gap"/><showDLblsOverMax val="0"/></chart>' +
    '<spPr/><printSettings><pageMargins b="0.75" footer="0.3" header="0.3" l="0.7" r="0.7" t="0.7"/></printSettings></chartSpace>'
  );
}
