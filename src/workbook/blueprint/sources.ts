import type { InputKey } from '../../core/inputs/fields';

/** What a source does not give is said so, never guessed. */
export const NOT_STATED = 'not stated';

/** A published article or method the workbook's defaults and benchmark ranges come from. */
export interface PublishedSource {
  /** how the benchmark table cites it */
  readonly ref: string;
  readonly title: string;
  readonly authorPublisher: string;
  readonly date: string;
  readonly address: string;
  readonly usedFor: string;
}

/**
 * The five articles, then the two methods. Title, author or publisher, date and address as the
 * published page gives them; the second article's page has no heading, so its title is the one
 * its address spells.
 */
export const PUBLISHED_SOURCES = [
  {
    ref: '[1]',
    title: 'What is the ROI of implementing AI in customer service operations?',
    authorPublisher: `FundMore (author ${NOT_STATED})`,
    date: NOT_STATED,
    address: 'https://www.fundmore.finance/article/what-is-the-roi-of-implementing-ai-in-customer-service-operations',
    usedFor: 'The worked example the defaults reproduce; cost per human and AI contact; handle-time and capacity; upsell and churn; reported payback and year-one ROI',
  },
  {
    ref: '[2]',
    title: 'The real ROI of AI in customer experience (the page shows no heading; title as in its address)',
    authorPublisher: `CXAI News (author ${NOT_STATED})`,
    date: NOT_STATED,
    address: 'https://www.cxai.news/p/the-real-roi-of-ai-in-customer-experience',
    usedFor: 'The three drivers of value (cost efficiency, capacity, experience); why ROI judged too early or on automation volume alone misleads',
  },
  {
    ref: '[3]',
    title: 'Customer Service Automation ROI: How to Measure, Maximize, and Prove the Value of AI Support',
    authorPublisher: 'Halo AI',
    date: NOT_STATED,
    address: 'https://www.haloagents.ai/blog/customer-service-automation-roi',
    usedFor: 'Value beyond cost: speed, agent retention, churn, business intelligence',
  },
  {
    ref: '[4]',
    title: 'AI Customer Support Automation ROI: Deflection, CSAT, Cost, And Human Escalation Metrics',
    authorPublisher: 'Nitin Dhiman, NextPage IT Solutions',
    date: '22 May 2026',
    address: 'https://nextpageit.com/blog/ai-customer-support-automation-roi',
    usedFor: 'Deflection versus containment; net value with review cost; the pilot scorecard\'s four groups and pass/pause signals',
  },
  {
    ref: '[5]',
    title: 'Measuring the True ROI of AI in Customer Support: Beyond Cost Savings',
    authorPublisher: `Westeq (author ${NOT_STATED})`,
    date: NOT_STATED,
    address: 'https://westeqinc.com/blog/measuring-roi-ai-customer-support-cost-savings',
    usedFor: 'Cost per ticket and per AI resolution; share of tickets AI resolves; return per unit spent',
  },
  {
    ref: '[FAST]',
    title: 'The FAST Standard (Flexible, Appropriate, Structured, Transparent): design rules for financial models',
    authorPublisher: 'FAST Standard Organisation',
    date: NOT_STATED,
    address: 'http://www.fast-standard.org/',
    usedFor: 'Method: visible calculations (a discount-factor row rather than Excel\'s NPV), one formula per row, inputs apart from calculations',
  },
  {
    ref: '[TEI]',
    title: 'Total Economic Impact (TEI) methodology',
    authorPublisher: 'Forrester',
    date: NOT_STATED,
    address: 'https://go.forrester.com/policies/tei/',
    usedFor: 'Method: benefits, costs, flexibility and risk; each benefit reduced and each cost raised by its risk; an initial (month 0) column; ROI on present values',
  },
] as const satisfies readonly PublishedSource[];

export type SourceRef = (typeof PUBLISHED_SOURCES)[number]['ref'];

/** A benchmark behind a default: what the sources say, and the inputs it bears on. */
export interface Benchmark {
  readonly assumption: string;
  readonly range: string;
  readonly refs: readonly SourceRef[];
  readonly use: string;
  /** the Inputs sheet's inputs this benchmark informs; none when it is for comparison only */
  readonly inputs: readonly InputKey[];
}

export const BENCHMARKS: readonly Benchmark[] = [
  {
    assumption: 'Cost of a human-handled contact',
    range: '3 to 12 per interaction (phone and live chat, fully loaded) [1]; 6 to 12 per ticket (B2B) [5]',
    refs: ['[1]', '[5]'],
    use: 'The default is the worked example\'s 4, at the low end of the range: replace it with your own fully loaded cost.',
    inputs: ['human_cost_per_contact'],
  },
  {
    assumption: 'Cost of an AI-handled contact',
    range: 'Under 0.25 to 1 per interaction at scale [1]; 0.50 to 2.00 per resolution [5]',
    refs: ['[1]', '[5]'],
    use: 'The default is the worked example\'s 0.50 per AI conversation; the pricing model decides whether failed containment is charged.',
    inputs: ['ai_cost_per_contact'],
  },
  {
    assumption: 'Share of routine tickets the AI resolves',
    range: '40% to 60% of B2B support tickets; 76% to 92% for some routine queries [5]',
    refs: ['[5]'],
    use: 'The default is the worked example\'s 40%, the low end of the range, reached at full adoption.',
    inputs: ['deflection_rate'],
  },
  {
    assumption: 'Shorter handle time with agent assist',
    range: '10% to 30% shorter average handle time [1]',
    refs: ['[1]'],
    use: 'Off by default (the worked example leaves it out); applies only to the contacts people still handle.',
    inputs: ['aht_reduction'],
  },
  {
    assumption: 'The worked example',
    range: '100,000 contacts a month at 4 each; the AI takes 40% at 0.50 each; 400,000 a year of further AI cost: 1.68 million a year of savings, 320% year-one ROI [1]',
    refs: ['[1]'],
    use: 'The defaults of the Inputs sheet reproduce it.',
    inputs: ['contacts_per_month', 'human_cost_per_contact', 'deflection_rate', 'ai_cost_per_contact', 'platform_subscription_per_year'],
  },
  {
    assumption: 'Where the value comes from',
    range: 'Cost efficiency, capacity expansion and customer experience; ROI judged too early, or on automation volume alone, misleads [2]',
    refs: ['[2]'],
    use: 'Separate lines for automation, agent assist and revenue; adoption ramps up after go-live over a multi-year horizon.',
    inputs: ['ramp_months', 'horizon_months'],
  },
  {
    assumption: 'Payback and year-one ROI reported by adopters',
    range: 'Payback in 6 to 18 months; year-one ROI often 150% to 400% for well-scoped projects [1]',
    refs: ['[1]'],
    use: 'For comparison with the Annual sheet; not used in any formula.',
    inputs: [],
  },
  {
    assumption: 'Return per unit spent',
    range: 'An average of 3.50 back for every 1 invested in AI customer service [5]',
    refs: ['[5]'],
    use: 'For comparison with the benefit/cost ratio; not used in any formula.',
    inputs: [],
  },
  {
    assumption: 'Risk adjustment',
    range: 'Each benefit reduced by its risk and each cost raised by its risk, line by line; one-time costs in an initial column [TEI]',
    refs: ['[TEI]'],
    use: 'Off by default (0%): set a risk per line or a default for all; one-time costs sit in month 0 of the Model.',
    inputs: ['benefit_risk', 'cost_risk'],
  },
  {
    assumption: 'Net annual value',
    range: 'Labour savings + avoided rework + capacity value + experience value − implementation − operating − review cost [4]',
    refs: ['[4]'],
    use: 'One row per line on the Model, so nothing is counted twice; human review of AI answers is a cost line (off by default).',
    inputs: ['review_share', 'minutes_per_review', 'reviewer_hourly_cost'],
  },
  {
    assumption: 'Deflection versus containment',
    range: 'A deflected contact that is reopened, repeated or escalated is not a saving: it costs the AI and a human [4]',
    refs: ['[4]'],
    use: 'A failed containment reaches a human on the Model; the default assumes every AI contact stays resolved.',
    inputs: ['containment_rate'],
  },
  {
    assumption: 'Pilot scorecard',
    range: 'Financial impact, customer experience, operational control and risk guardrails, each with pass and pause signals [4]',
    refs: ['[4]'],
    use: 'The Scorecard sheet uses the four groups; the article gives signals, not numbers, so these thresholds are this workbook\'s defaults.',
    inputs: ['threshold_min_roi', 'threshold_max_payback_months', 'threshold_max_csat_drop', 'threshold_max_reopen_rate', 'threshold_min_containment', 'threshold_max_ai_error_rate'],
  },
  {
    assumption: 'Value beyond cost',
    range: 'Cost efficiency, speed and scale, retention and revenue protection, business intelligence from support data [3]',
    refs: ['[3]'],
    use: 'Retention and upsell lines (off by default); the rest is listed as unquantified benefits on the Summary.',
    inputs: ['churn_reduction', 'upsell_conversion_after'],
  },
  {
    assumption: 'Discounting',
    range: 'Calculations kept visible rather than inside one function [FAST]; in TEI studies, ROI on present values [TEI]',
    refs: ['[FAST]', '[TEI]'],
    use: 'Month 0 undiscounted, later months by (1 + rate)^(−month/12) in a discount-factor row, PV by SUMPRODUCT (Excel\'s NPV discounts its first value). The rate is not from these sources: use your cost of capital.',
    inputs: ['discount_rate'],
  },
];
