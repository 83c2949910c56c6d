import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';

const ARTICLE_SEED = '"What is the ROI of implementing AI in customer service operations?"';
const ARTICLE_B2B = '"Measuring the True ROI of AI in Customer Support: Beyond Cost Savings"';
const ARTICLE_NEXTPAGE = '"AI Customer Support Automation ROI" (NextPage guide)';
const ARTICLE_PILLARS = '"Customer Service Automation ROI: How to Measure, Maximize, and Prove the Value of AI Support"';
const TEI = 'Forrester Total Economic Impact (TEI) methodology, as used in its published TEI studies';

/** [assumption, benchmark range, what this workbook does with it, source] */
const SOURCES: readonly (readonly [string, string, string, string])[] = [
  ['Cost of a human-handled contact', '3 to 12 per interaction (phone and live chat, fully loaded); 6 to 12 per ticket (B2B)', 'Input human_cost_per_contact; the seed case uses 4', `${ARTICLE_SEED}; ${ARTICLE_B2B}`],
  ['Cost of an AI-handled contact', '0.25 to 1 per interaction at scale; 0.50 to 2.00 per resolution', 'Input ai_cost_per_contact; the seed case uses 0.50', `${ARTICLE_SEED}; ${ARTICLE_B2B}`],
  ['Share of routine tickets the AI resolves', '40% to 60% of B2B support tickets; 76% to 92% for some routine queries', 'Input deflection_rate; the seed case uses 40%', ARTICLE_B2B],
  ['Shorter handle time with agent assist', '10% to 30% shorter average handle time', 'Input aht_reduction (agent assist line, humans\' remaining contacts only)', ARTICLE_SEED],
  ['Seed example', '100,000 contacts a month, 4 per human contact, 40% deflection, 0.50 per AI contact, 400,000 a year of AI cost: 1.68 M a year of savings, 320% year-one ROI', 'The defaults of the Inputs sheet reproduce it', ARTICLE_SEED],
  ['Payback and year-one ROI reported by adopters', 'Payback 6 to 18 months; year-one ROI often 150% to 400% for well-scoped projects', 'Compare with the Annual sheet; not used in any formula', ARTICLE_SEED],
  ['Return per unit spent', 'An average of 3.50 back for every 1 invested in AI customer service', 'Compare with the benefit/cost ratio; not used in any formula', ARTICLE_B2B],
  ['Risk adjustment', 'Benefits reduced by their risk (typically 5% to 20%), costs raised by theirs (typically 5% to 10%), line by line; an Initial column for one-time costs', 'Inputs benefit_risk, cost_risk and the per-line overrides; month 0 on the Model', TEI],
  ['Net annual value', 'Labour savings + avoided rework + capacity value + experience value − implementation − operating − review cost', 'One row per line on the Model, so nothing is counted twice', ARTICLE_NEXTPAGE],
  ['Deflection versus containment', 'A deflected contact that is reopened, repeated or escalated is not a saving: it costs the AI and a human', 'Input containment_rate; failed containment reaches a human on the Model', ARTICLE_NEXTPAGE],
  ['Pilot scorecard', 'Financial impact, customer experience, operational control and risk guardrails, each with pass and pause signals', 'The Scorecard sheet and its thresholds on the Inputs sheet', ARTICLE_NEXTPAGE],
  ['Value beyond cost', 'Cost efficiency, speed and scale, retention and revenue protection, business intelligence from support data', 'Retention and upsell lines; the rest listed as unquantified benefits on the Summary', ARTICLE_PILLARS],
  ['Discounting', 'Month 0 undiscounted; later months discounted at (1 + rate)^(−month/12); PV by SUMPRODUCT rather than Excel\'s NPV, which discounts its first value', 'Discount factor row on the Model; input discount_rate (8%–12% is a typical cost of capital)', 'FAST modelling standard; docs/business-case-model.md'],
];

/**
 * The Sources sheet: each benchmark behind a default, labelled as an assumption to replace with
 * the organisation's own data, with the title of the article it comes from.
 */
export function buildSourcesSheet(): SheetBuilder {
  const sheet = new SheetBuilder(SHEET.sources, COLORS.tabReport);
  sheet.text(0, 0, 'Sources and benchmark assumptions', 'title');
  sheet.text(1, 0, 'Every benchmark below is an assumption from published articles, not a measurement of your operation. Replace the inputs with your own baseline data (3–6 months of history) before deciding.', 'subtitle');
  const headerRow = 3;
  ['Assumption', 'Benchmark range', 'How this workbook uses it', 'Source (article or method)'].forEach((text, col) => sheet.text(headerRow, col, text, 'tableHeader'));
  SOURCES.forEach((source, i) => source.forEach((text, col) => sheet.text(headerRow + 1 + i, col, text, col === 0 ? 'label' : 'note')));
  sheet.width(0, 34);
  sheet.width(1, 60);
  sheet.width(2, 50);
  sheet.width(3, 60);
  sheet.print = { orientation: 'landscape', fitToWidth: true };
  return sheet;
}
