import { AGGREGATE_FUNCTIONS } from './aggregateFunctions';
import { CONDITIONAL_FUNCTIONS } from './conditionalFunctions';
import { DATE_FUNCTIONS } from './dateFunctions';
import { FINANCE_FUNCTIONS } from './financeFunctions';
import { FunctionSpec } from './functionSpec';
import { LOGICAL_FUNCTIONS } from './logicalFunctions';
import { LOOKUP_FUNCTIONS } from './lookupFunctions';
import { MATH_FUNCTIONS } from './mathFunctions';
import { STATISTICAL_FUNCTIONS } from './statisticalFunctions';
import { TEXT_FUNCTIONS } from './textFunctions';

/** Every worksheet function the evaluator knows besides IF and IFERROR, by upper-case name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({
    ...AGGREGATE_FUNCTIONS,
    ...CONDITIONAL_FUNCTIONS,
    ...DATE_FUNCTIONS,
    ...FINANCE_FUNCTIONS,
    ...LOGICAL_FUNCTIONS,
    ...LOOKUP_FUNCTIONS,
    ...MATH_FUNCTIONS,
    ...STATISTICAL_FUNCTIONS,
    ...TEXT_FUNCTIONS,
  }),
);
