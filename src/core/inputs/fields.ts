import { NumberSpec } from '../validation/numberSpec';

/**
 * The business-case inputs, declared once. This table drives the zod schema, the task pane
 * form, the Inputs sheet (labels, units, named ranges, data validation) and every message.
 * Defaults reproduce MODEL.md's seed case, so a fresh form or file shows the seed article's
 * numbers; the help text gives the benchmark range a user should replace them with.
 */

export type InputGroupId =
  | 'organisation'
  | 'volume'
  | 'automation'
  | 'assist'
  | 'revenue'
  | 'people'
  | 'one_time_costs'
  | 'running_costs'
  | 'risk'
  | 'scenarios'
  | 'scorecard';

export interface InputGroup {
  readonly id: InputGroupId;
  readonly title: string;
  readonly help: string;
}

export const INPUT_GROUPS: readonly InputGroup[] = [
  { id: 'organisation', title: 'Organisation and settings', help: 'Who the case is for, its currency, timeline and discount rate.' },
  { id: 'volume', title: 'Volume and cost baseline', help: 'Today\'s contact volume and what a human-handled contact costs.' },
  { id: 'automation', title: 'Automation', help: 'How many contacts the AI takes end to end, how many stay resolved, what it costs and how fast it ramps up.' },
  { id: 'assist', title: 'Agent assist', help: 'Shorter handle time for the contacts humans still handle.' },
  { id: 'revenue', title: 'Revenue', help: 'Upsell and retention value, counted as profit (revenue × margin).' },
  { id: 'people', title: 'People', help: 'Agents, attrition and the staffing assumptions behind FTE equivalents.' },
  { id: 'one_time_costs', title: 'One-time costs (month 0)', help: 'Paid before go-live; shown undiscounted in month 0.' },
  { id: 'running_costs', title: 'Running costs', help: 'Subscription, monitoring and human review of AI answers.' },
  { id: 'risk', title: 'Risk adjustment', help: 'Benefits are reduced and costs raised by these percentages (Forrester TEI convention). Leave a line blank to use the default.' },
  { id: 'scenarios', title: 'Scenarios', help: 'Multipliers that turn the base case into conservative and optimistic cases.' },
  { id: 'scorecard', title: 'Scorecard thresholds', help: 'Pass/pause thresholds for the pilot scorecard and the tracking baseline.' },
];

interface FieldBase {
  /** unique across all groups: also the workbook name of the input cell */
  readonly key: string;
  readonly group: InputGroupId;
  readonly label: string;
  readonly help: string;
}

export interface NumberField extends FieldBase, NumberSpec {
  readonly type: 'number';
  /** null means "use the group default" (per-line risk overrides) */
  readonly default: number | null;
  readonly nullable?: boolean;
  /** shown beside the cell, e.g. "per month", "% of contacts" */
  readonly unitLabel: string;
  /** a money amount shown to the cent: a price per contact or per hour, where cents matter (other amounts show whole units) */
  readonly cents?: boolean;
  /**
   * The workbook is built to this value (its layout), no formula reads it: a file may leave it
   * out (null, its default), and the Inputs sheet shows what was built rather than an input cell.
   */
  readonly shapesLayout?: boolean;
}

export interface ChoiceField extends FieldBase {
  readonly type: 'choice';
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
}

export interface TextField extends FieldBase {
  readonly type: 'text';
  readonly default: string;
  readonly maxLength: number;
  /** a regular expression the text must match, with its human description */
  readonly pattern?: { readonly regex: RegExp; readonly description: string };
}

export type InputField = NumberField | ChoiceField | TextField;

const BIG = 1e12;

type NumberExtra = Partial<Pick<NumberField, 'minExclusive' | 'maxExclusive' | 'integer' | 'nullable' | 'cents' | 'shapesLayout'>>;

/** A number field; its key and extras keep their literal types, so the inputs type can be derived from the table. */
function num<const K extends string, const E extends NumberExtra = Record<never, never>>(
  group: InputGroupId,
  key: K,
  label: string,
  unit: NumberSpec['unit'],
  unitLabel: string,
  min: number,
  max: number,
  dflt: number | null,
  help: string,
  extra?: E,
): NumberField & { readonly key: K } & E {
  return { type: 'number', group, key, name: key, label, unit, unitLabel, min, max, default: dflt, help, ...(extra ?? ({} as E)) };
}

function riskOverride<const K extends string>(key: K, label: string, kind: 'benefit' | 'cost') {
  return num('risk', key, label, 'rate', '% (blank = default)', 0, 1, null,
    `Overrides the default ${kind} risk for this line. Blank uses the default.`, { nullable: true });
}

export const INPUT_FIELDS = [
  // organisation and settings
  { type: 'text', group: 'organisation', key: 'organisation_name', label: 'Organisation', default: 'Example Co', maxLength: 80,
    help: 'Shown in sheet titles; stored as text.' },
  { type: 'text', group: 'organisation', key: 'currency', label: 'Currency (ISO code)', default: 'USD', maxLength: 3,
    pattern: { regex: /^[A-Z]{3}$/, description: 'three capital letters such as USD, EUR or GBP' },
    help: 'ISO 4217 code used in number formats and labels.' },
  { type: 'text', group: 'organisation', key: 'start_month', label: 'First month of the model', default: '2027-01', maxLength: 7,
    pattern: { regex: /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, description: 'a month written YYYY-MM, such as 2027-01' },
    help: 'Month 1 of the timeline; month 0 holds one-time costs.' },
  num('organisation', 'horizon_months', 'Horizon', 'months', 'months', 12, 120, 36,
    'Length of the model after month 0: 12 to 120 months. In the workbook, up to its built timeline (timeline_months); for a longer horizon, set timeline_months in the inputs file or the pane and generate the workbook again.', { integer: true }),
  num('organisation', 'timeline_months', 'Timeline built in the workbook', 'months', 'months (blank = the horizon)', 12, 120, null,
    'Months the workbook\'s Model is built for, from the horizon up to 120 (blank = the horizon). Months past the horizon count for nothing, so the horizon can be raised in the workbook up to this length; set it here and generate again for a longer one.',
    { integer: true, nullable: true, shapesLayout: true }),
  num('organisation', 'discount_rate', 'Discount rate', 'rate', '% per year', 0, 1, 0.1,
    'Annual rate used for NPV and discounted payback; 8–12% is typical for a cost of capital.'),
  { type: 'choice', group: 'organisation', key: 'discounting', label: 'Discounting convention', default: 'monthly',
    choices: [
      { value: 'monthly', label: 'Monthly: each month discounted by (1 + rate)^(−month/12)' },
      { value: 'annual_end_of_year', label: 'End of year (Forrester TEI): each year\'s flows discounted by (1 + rate)^(−year)' },
    ],
    help: 'Monthly is the most precise; end of year reproduces a published TEI study (needs a horizon of whole years). Month 0 is never discounted.' },
  num('organisation', 'mirr_finance_rate', 'MIRR finance rate', 'rate', '% per year (blank = discount rate)', 0, 1, null,
    'Rate at which the investment (negative flows) is financed for MIRR. Blank uses the discount rate.', { nullable: true }),
  num('organisation', 'mirr_reinvest_rate', 'MIRR reinvestment rate', 'rate', '% per year (blank = discount rate)', 0, 1, null,
    'Rate at which the returns (positive flows) are reinvested for MIRR. Blank uses the discount rate.', { nullable: true }),

  // volume and cost baseline
  num('volume', 'contacts_per_month', 'Contacts per month', 'count', 'contacts / month', 1, BIG, 100000,
    'All channels, before AI.'),
  num('volume', 'annual_volume_growth', 'Annual volume growth', 'rate', '% per year', -0.5, 1, 0,
    'Growth of contact volume per year; negative for a shrinking volume.'),
  num('volume', 'human_cost_per_contact', 'Cost per human-handled contact', 'money', 'per contact', 0, 10000, 4,
    'Fully loaded (salary, benefits, overhead, tools). Benchmark: 3 to 12 for phone and live chat.', { cents: true }),
  num('volume', 'handle_time_minutes', 'Average handle time', 'minutes', 'minutes / contact', 0.1, 600, 8,
    'Minutes of agent time per human-handled contact, including after-contact work.'),

  // automation
  num('automation', 'deflection_rate', 'Deflection rate', 'rate', '% of contacts', 0, 1, 0.4,
    'Share of contacts the AI takes end to end at full adoption. Benchmark: 40–60% of routine tickets.'),
  num('automation', 'containment_rate', 'Containment rate', 'rate', '% of AI contacts', 0, 1, 1,
    'Share of AI-taken contacts that stay resolved (no reopen, repeat or escalation). A failed one costs AI and human.'),
  { type: 'choice', group: 'automation', key: 'ai_pricing_model', label: 'AI pricing model', default: 'per_conversation',
    choices: [
      { value: 'per_conversation', label: 'Per AI conversation (charged even when containment fails)' },
      { value: 'per_resolution', label: 'Per AI resolution (contained conversations only)' },
      { value: 'per_seat', label: 'Per seat per month' },
      { value: 'platform_fee', label: 'Flat platform fee per month' },
    ],
    help: 'How the AI vendor charges for usage; the AI cost line follows it.' },
  num('automation', 'ai_cost_per_contact', 'AI cost per conversation or resolution', 'money', 'per AI contact', 0, 1000, 0.5,
    'Used by the per-conversation and per-resolution pricing models. Benchmark: 0.25 to 2.00.', { cents: true }),
  num('automation', 'ai_seats', 'AI seats', 'count', 'seats', 0, 1e6, 0, 'Used by the per-seat pricing model.', { integer: true }),
  num('automation', 'ai_price_per_seat_per_month', 'Price per seat', 'money', 'per seat / month', 0, 1e6, 0,
    'Used by the per-seat pricing model.'),
  num('automation', 'ai_platform_fee_per_month', 'Platform fee', 'money', 'per month', 0, BIG, 0,
    'Used by the flat-fee pricing model.'),
  num('automation', 'implementation_months', 'Implementation time', 'months', 'months before go-live', 0, 24, 0,
    'Months of build before go-live; benefits start after them.', { integer: true }),
  num('automation', 'ramp_months', 'Ramp to full adoption', 'months', 'months', 1, 36, 1,
    'Months from go-live to full adoption; 1 means full adoption in the go-live month.', { integer: true }),
  { type: 'choice', group: 'automation', key: 'ramp_shape', label: 'Ramp shape', default: 'linear',
    choices: [{ value: 'linear', label: 'Linear' }, { value: 's_curve', label: 'S-curve (slow start and fast middle)' }],
    help: 'How adoption grows from go-live to full adoption.' },

  // agent assist
  num('assist', 'aht_reduction', 'Handle-time reduction', 'rate', '% of AHT', 0, 0.95, 0,
    'Shorter handle time on contacts humans still handle. Benchmark: 10–30%.'),

  // revenue
  num('revenue', 'upsell_eligible_contacts_per_month', 'Upsell-eligible contacts', 'count', 'contacts / month', 0, BIG, 0,
    'Contacts where an offer can be made.'),
  num('revenue', 'upsell_conversion_before', 'Upsell conversion before AI', 'rate', '% of eligible', 0, 1, 0, 'Today\'s conversion.'),
  num('revenue', 'upsell_conversion_after', 'Upsell conversion with AI', 'rate', '% of eligible', 0, 1, 0, 'Expected conversion at full adoption.'),
  num('revenue', 'upsell_order_value', 'Average upsell order value', 'money', 'per order', 0, 1e9, 0, 'Revenue per converted offer.'),
  num('revenue', 'customers', 'Customers', 'count', 'customers', 0, BIG, 0, 'Active customers.'),
  num('revenue', 'revenue_per_customer_per_year', 'Revenue per customer', 'money', 'per customer / year', 0, 1e9, 0,
    'Annual revenue of one customer.'),
  num('revenue', 'churn_reduction', 'Churn reduction', 'rate', 'points of churn / year', 0, 1, 0,
    'Percentage points of customers kept each year thanks to better service (0.01 = 1 point).'),
  num('revenue', 'revenue_margin', 'Margin on revenue', 'rate', '% of revenue', 0, 1, 1,
    'Profit counted per unit of revenue. 100% counts all revenue as profit, as the published worked example does (Sources sheet, [1]); use your gross margin.'),

  // people
  num('people', 'agents', 'Agents', 'count', 'agents', 0, 1e7, 200, 'Agents on the team today.'),
  num('people', 'agent_attrition_reduction', 'Attrition reduction', 'rate', 'points of attrition / year', 0, 1, 0,
    'Percentage points fewer agents leaving each year.'),
  num('people', 'replacement_cost_per_agent', 'Cost to replace an agent', 'money', 'per agent', 0, 1e7, 10000,
    'Recruiting, onboarding and lost productivity.'),
  num('people', 'paid_hours_per_fte_per_month', 'Paid hours per FTE', 'hours', 'hours / month', 1, 744, 160,
    'Paid hours of one full-time agent per month.'),
  num('people', 'occupancy', 'Occupancy', 'rate', '% of logged-in time', 0.05, 1, 0.85,
    'Share of available time spent handling contacts. Typical: 75–90%.'),
  num('people', 'shrinkage', 'Shrinkage', 'rate', '% of paid time', 0, 0.9, 0.3,
    'Paid time not available (leave, training, meetings). Typical: 25–35%.'),

  // one-time costs
  num('one_time_costs', 'implementation_cost', 'Implementation', 'money', 'one-time', 0, BIG, 0, 'Build and configuration.'),
  num('one_time_costs', 'integration_cost', 'Integration', 'money', 'one-time', 0, BIG, 0, 'CRM, helpdesk and analytics integration.'),
  num('one_time_costs', 'training_change_cost', 'Training and change management', 'money', 'one-time', 0, BIG, 0, 'Agent training, communication, process change.'),
  num('one_time_costs', 'knowledge_base_cost', 'Knowledge-base clean-up', 'money', 'one-time', 0, BIG, 0, 'Content the AI answers from.'),

  // running costs
  num('running_costs', 'platform_subscription_per_year', 'Platform subscription', 'money', 'per year', 0, BIG, 400000,
    'Licences and hosting not charged per contact.'),
  num('running_costs', 'monitoring_per_year', 'Monitoring and optimisation', 'money', 'per year', 0, BIG, 0,
    'Prompt, policy and knowledge maintenance; QA and analytics.'),
  num('running_costs', 'review_share', 'Share of AI contacts reviewed', 'rate', '% of AI contacts', 0, 1, 0,
    'Human review of AI answers (quality sampling, high-risk actions).'),
  num('running_costs', 'minutes_per_review', 'Minutes per review', 'minutes', 'minutes', 0, 600, 3, 'Reviewer time per reviewed AI contact.'),
  num('running_costs', 'reviewer_hourly_cost', 'Reviewer hourly cost', 'money', 'per hour', 0, 10000, 40, 'Fully loaded.', { cents: true }),

  // risk adjustment
  num('risk', 'benefit_risk', 'Default benefit risk', 'rate', '% reduction', 0, 1, 0,
    'Each benefit line is reduced by its risk. Typical: 5–20%.'),
  num('risk', 'cost_risk', 'Default cost risk', 'rate', '% uplift', 0, 1, 0,
    'Each cost line is raised by its risk. Typical: 5–10%.'),
  riskOverride('risk_deflection', 'Risk: automation savings', 'benefit'),
  riskOverride('risk_assist', 'Risk: agent assist', 'benefit'),
  riskOverride('risk_upsell', 'Risk: upsell margin', 'benefit'),
  riskOverride('risk_retention', 'Risk: retained revenue', 'benefit'),
  riskOverride('risk_attrition', 'Risk: attrition savings', 'benefit'),
  riskOverride('risk_one_time', 'Risk: one-time costs', 'cost'),
  riskOverride('risk_ai_usage', 'Risk: AI seats or platform fee', 'cost'),
  riskOverride('risk_subscription', 'Risk: platform subscription', 'cost'),
  riskOverride('risk_monitoring', 'Risk: monitoring', 'cost'),
  riskOverride('risk_review', 'Risk: human review', 'cost'),

  // scenarios
  num('scenarios', 'conservative_deflection_multiplier', 'Conservative: deflection ×', 'ratio', '× base', 0, 2, 0.75,
    'Multiplies the deflection rate (capped at 100%).'),
  num('scenarios', 'conservative_assist_multiplier', 'Conservative: handle-time reduction ×', 'ratio', '× base', 0, 2, 0.75,
    'Multiplies the handle-time reduction.'),
  num('scenarios', 'conservative_revenue_multiplier', 'Conservative: revenue benefits ×', 'ratio', '× base', 0, 2, 0.5,
    'Multiplies upsell and retention value.'),
  num('scenarios', 'conservative_cost_multiplier', 'Conservative: costs ×', 'ratio', '× base', 0, 3, 1.15,
    'Multiplies one-time and running costs.'),
  num('scenarios', 'optimistic_deflection_multiplier', 'Optimistic: deflection ×', 'ratio', '× base', 0, 2, 1.15,
    'Multiplies the deflection rate (capped at 100%).'),
  num('scenarios', 'optimistic_assist_multiplier', 'Optimistic: handle-time reduction ×', 'ratio', '× base', 0, 2, 1.15,
    'Multiplies the handle-time reduction (capped at 95%).'),
  num('scenarios', 'optimistic_revenue_multiplier', 'Optimistic: revenue benefits ×', 'ratio', '× base', 0, 2, 1.25,
    'Multiplies upsell and retention value.'),
  num('scenarios', 'optimistic_cost_multiplier', 'Optimistic: costs ×', 'ratio', '× base', 0, 3, 0.95,
    'Multiplies one-time and running costs.'),
  num('scenarios', 'sensitivity_range', 'Sensitivity: move each driver by ±', 'rate', '% of its base value', 0.01, 0.9, 0.2,
    'Each driver is moved down and up by this share of its value (capped at its accepted range) to rank its effect on NPV.'),

  // scorecard thresholds and tracking baseline
  num('scorecard', 'baseline_csat', 'Baseline CSAT', 'rate', '% satisfied', 0, 1, 0.85, 'Today\'s customer satisfaction.'),
  num('scorecard', 'baseline_reopen_rate', 'Baseline reopen rate', 'rate', '% of contacts', 0, 1, 0.08, 'Today\'s share of contacts reopened or repeated.'),
  num('scorecard', 'baseline_first_response_hours', 'Baseline first response time', 'hours', 'hours', 0, 1000, 4, 'Today\'s average first response time.'),
  num('scorecard', 'threshold_min_roi', 'Pass if horizon ROI is at least', 'rate', '% ROI over the horizon', -1, 100, 1,
    'Financial impact: risk-adjusted ROI over the horizon.'),
  num('scorecard', 'threshold_max_payback_months', 'Pass if payback within', 'months', 'months', 1, 120, 24,
    'Financial impact: simple payback.'),
  num('scorecard', 'threshold_max_csat_drop', 'Pause if CSAT drops by more than', 'rate', 'points', 0, 1, 0.02,
    'Customer experience: CSAT below baseline by more than this pauses expansion.'),
  num('scorecard', 'threshold_max_reopen_rate', 'Pause if reopen rate exceeds', 'rate', '% of contacts', 0, 1, 0.1,
    'Customer experience: repeat contacts.'),
  num('scorecard', 'threshold_min_containment', 'Pause if containment falls below', 'rate', '% of AI contacts', 0, 1, 0.8,
    'Operational control: AI contacts that stay resolved.'),
  num('scorecard', 'threshold_max_ai_error_rate', 'Pause if AI answer error rate exceeds', 'rate', '% of reviewed', 0, 1, 0.02,
    'Risk guardrails: wrong policy answers or unsupported promises in reviewed AI contacts.'),
] as const satisfies readonly InputField[];

export const CUSTOM_LINE_LIMIT = 5;
export const CUSTOM_LABEL_MAX_LENGTH = 60;

type Field = (typeof INPUT_FIELDS)[number];

/** Every input's key: also the workbook name of its cell. */
export type InputKey = Field['key'];

export type FieldOf<K extends InputKey> = Extract<Field, { readonly key: K }>;

/** What a field holds once validated: a number (or null where blank is allowed), one of its choices, or text. */
type ValueOf<F> = F extends { readonly type: 'number'; readonly nullable: true }
  ? number | null
  : F extends { readonly type: 'number' }
    ? number
    : F extends { readonly type: 'choice'; readonly choices: readonly { readonly value: infer V }[] }
      ? V
      : string;

/** The validated value of every field, by key: the table is the one declaration of the inputs. */
export type FieldValues = { -readonly [F in Field as F['key']]: ValueOf<F> };

/** The field of a key: typed when the key is known, undefined for any other text. */
export function fieldByKey<K extends InputKey>(key: K): FieldOf<K>;
export function fieldByKey(key: string): InputField | undefined;
export function fieldByKey(key: string): InputField | undefined {
  return INPUT_FIELDS.find((field) => field.key === key);
}
