import { StyleId, StyleSpec } from './types';

const NAVY = '1F3864';
const INPUT_BLUE = '0000FF';
const INPUT_FILL = 'FFF2CC';
const GRID = 'BFBFBF';

/**
 * One look for the whole workbook. Inputs follow the usual modelling convention: blue font on a
 * pale yellow fill, so nobody mistakes a calculation for something to type over.
 */
export const STYLES: Readonly<Record<StyleId, StyleSpec>> = {
  title: { bold: true, fontSize: 16, fontColor: NAVY },
  subtitle: { italic: true, fontSize: 11, fontColor: '595959' },
  sectionHeader: { bold: true, fontSize: 12, fontColor: 'FFFFFF', fillColor: NAVY },
  tableHeader: { bold: true, fillColor: 'D9E1F2', horizontalAlignment: 'center', borderColor: GRID, wrapText: true },
  // Top-aligned, like the wrapped notes beside them: in a tall row they stay level with the note's first line.
  label: { verticalAlignment: 'top' },
  unit: { italic: true, fontColor: '595959', wrapText: true, verticalAlignment: 'top' },
  note: { italic: true, fontColor: '7F7F7F', wrapText: true, verticalAlignment: 'top' },
  // A one-line note that runs on across the empty cells to its right instead of wrapping.
  inlineNote: { italic: true, fontColor: '7F7F7F', horizontalAlignment: 'left', indent: 1 },
  input: { fontColor: INPUT_BLUE, fillColor: INPUT_FILL, borderColor: GRID, horizontalAlignment: 'right', verticalAlignment: 'top' },
  textInput: { fontColor: INPUT_BLUE, fillColor: INPUT_FILL, borderColor: GRID, horizontalAlignment: 'left', wrapText: true, verticalAlignment: 'top' },
  // Right-aligned so that a text result such as "n/a" lines up with the numbers around it.
  calculation: { fontColor: '000000', horizontalAlignment: 'right' },
  output: { bold: true, fillColor: 'E2EFDA', borderColor: GRID, horizontalAlignment: 'right' },
  total: { bold: true, topBorder: 'thin' },
  check: { bold: true, horizontalAlignment: 'center', borderColor: GRID },
  link: { fontColor: '0563C1', underline: true },
  timelineHeader: { bold: true, fillColor: 'D9E1F2', horizontalAlignment: 'right' },
};

export const COLORS = {
  negative: 'C00000',
  okFill: 'C6EFCE',
  okFont: '006100',
  errorFill: 'FFC7CE',
  errorFont: '9C0006',
  waitFill: 'EDEDED',
  waitFont: '595959',
  tabInputs: 'FFC000',
  tabCalc: '4472C4',
  tabReport: '70AD47',
  tabControl: 'C00000',
} as const;
