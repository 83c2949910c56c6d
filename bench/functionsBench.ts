import { HyperFormula } from 'hyperformula';
import { evaluateRoiFunction } from '../src/core/roiFunctions/evaluate';
import { RoiFunctionName } from '../src/core/roiFunctions/specs';
import { columnLetters } from '../src/workbook/blueprint/a1';
import { formatRow, measure } from './measure';

/**
 * Scalar =ROI.* functions and NPV/IRR/payback over a 120-month range, validation included,
 * next to HyperFormula recalculating the equivalent native Excel formulas in the same run.
 */

const MONTHS = 120;
const flows = Array.from({ length: MONTHS }, (_, month) => (month < 6 ? -40000 : 25000 + 100 * month));
const flowsRange = [flows];
const withInitial = [[-300000, ...flows]];

interface Case {
  name: RoiFunctionName;
  args: unknown[];
  /** the same computation as a native Excel formula; A1 holds the month-0 amount, B1.. the flows */
  excel: string;
}

const FLOWS = `B1:${columnLetters(MONTHS)}1`;
const ALL = `A1:${columnLetters(MONTHS)}1`;

const CASES: Case[] = [
  { name: 'DEFLECTION_SAVINGS', args: [100000, 4, 0.4, 0.5], excel: '=100000*0.4*(4-0.5)' },
  { name: 'CONTAINED_SAVINGS', args: [100000, 4, 0.4, 0.5, 0.9], excel: '=100000*0.4*(0.9*4-0.5)' },
  { name: 'COST_PER_CONTACT', args: [4, 0.5, 0.4, 0.9], excel: '=0.4*0.5+(1-0.4)*4+0.4*(1-0.9)*4' },
  { name: 'ROI', args: [1680000, 400000], excel: '=(1680000-400000)/400000' },
  { name: 'RISK_ADJUST', args: [100000, 0.1, 'cost'], excel: '=100000*(1+0.1)' },
  { name: 'RAMP', args: [5, 3, 6, 's_curve'], excel: '=MIN(1,(5-3+1)/6)^2*(3-2*MIN(1,(5-3+1)/6))' },
  { name: 'FTE', args: [13333, 160, 0.85, 0.3], excel: '=13333/(160*0.85*(1-0.3))' },
  { name: 'NPV', args: [0.1, flowsRange, -300000, 12], excel: `=A1+NPV((1+0.1)^(1/12)-1,${FLOWS})` },
  { name: 'IRR', args: [withInitial, 12], excel: `=(1+IRR(${ALL}))^12-1` },
  {
    name: 'PAYBACK_PERIOD',
    args: [flowsRange, -300000],
    // cumulative-crossing count as a single native formula: months with a negative running total
    excel: `=SUMPRODUCT(--(MMULT(--(COLUMN(${FLOWS})>=TRANSPOSE(COLUMN(${FLOWS}))),TRANSPOSE(${FLOWS}))+A1<0))`,
  },
];

export function runFunctionsBench(): void {
  const engine = HyperFormula.buildFromArray([[-300000, ...flows, '']], { licenseKey: 'gpl-v3', smartRounding: false });
  const formulaCol = MONTHS + 1;
  const widths = [22, 14, 12, 18, 12, 8];
  console.log('\n=ROI.* functions (validation included) vs HyperFormula recalculating the native formula');
  console.log(formatRow(['function', 'calls/s', 'µs/call', 'HyperFormula µs', 'ratio', 'target'], widths));
  for (const testCase of CASES) {
    const ours = measure(testCase.name, () => evaluateRoiFunction(testCase.name, testCase.args));
    engine.setCellContents({ sheet: 0, row: 0, col: formulaCol }, [[testCase.excel]]);
    let toggle = 0;
    // changing the month-0 amount forces the engine to recalculate the dependent formula
    const theirs = measure(`${testCase.name} (HyperFormula)`, () => {
      toggle = toggle === 0 ? 1 : 0;
      engine.setCellContents({ sheet: 0, row: 0, col: 0 }, [[-300000 - toggle]]);
      return engine.getCellValue({ sheet: 0, row: 0, col: formulaCol });
    });
    const isRange = ['NPV', 'IRR', 'PAYBACK_PERIOD'].includes(testCase.name);
    const target = isRange ? 50 : 2;
    console.log(
      formatRow(
        [
          testCase.name + (isRange ? ` (${MONTHS} m)` : ''),
          Math.round(ours.callsPerSecond),
          ours.microsecondsPerCall,
          theirs.microsecondsPerCall,
          `${(theirs.microsecondsPerCall / ours.microsecondsPerCall).toFixed(1)}×`,
          `${ours.microsecondsPerCall < target ? 'ok' : 'OVER'} <${target}`,
        ],
        widths,
      ),
    );
  }
}
