/**
 * Which Excel builds can take the business case. Checked before anything is written so an older
 * Excel gets a sentence, not a stack trace. Testable without Office: pass
 * `Office.context.requirements.isSetSupported`.
 */

export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * ExcelApi 1.8 covers everything the model cannot do without: workbook and sheet names (1.4),
 * conditional formats and calculation suspension (1.6), frozen panes, getRangeByIndexes, tab
 * colours, hyperlinks, chart series (1.7), data validation and gridlines (1.8).
 * Excel 2019 and later, Microsoft 365 and Excel on the web have it; Excel 2016 perpetual does not.
 */
export const REQUIRED_SET = { name: 'ExcelApi', version: '1.8' } as const;

/** Extras used when the Excel build has them; without them the workbook is still complete. */
export interface OptionalFeatures {
  /** ExcelApi 1.9: screen updating suspended while writing; print setup (page layout); cell indents */
  readonly excel19: boolean;
  /** ExcelApi 1.18: cell notes (the inputs' short help); the data validation prompt carries the same help otherwise */
  readonly notes: boolean;
  /** ExcelApi 1.10: row outlines (unused custom-line slots grouped and collapsed); without them the rows are plainly shown */
  readonly outline: boolean;
}

export type ExcelSupport =
  | { readonly ok: true; readonly features: OptionalFeatures }
  | { readonly ok: false; readonly message: string };

export const ALL_FEATURES: OptionalFeatures = { excel19: true, notes: true, outline: true };

export function checkExcelSupport(isSetSupported: IsSetSupported): ExcelSupport {
  let supported: boolean;
  try {
    supported = isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version);
  } catch {
    supported = false;
  }
  if (!supported) {
    return {
      ok: false,
      message:
        'This version of Excel is too old to build the business case here (it needs Excel API 1.8: ' +
        'Excel 2019 or later, Microsoft 365, or Excel on the web). Use "Download .xlsx" instead and open the file in Excel.',
    };
  }
  const safe = (version: string) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return { ok: true, features: { excel19: safe('1.9'), notes: safe('1.18'), outline: safe('1.10') } };
}
