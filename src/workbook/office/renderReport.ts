import { WorkbookBlueprint } from '../blueprint/types';
import { OptionalFeatures } from './support';

/** What renderIntoWorkbook takes and what it reports. */

export type ConflictPolicy = 'ask' | 'suffix' | 'update';

export interface RenderOptions {
  /**
   * When a blueprint sheet name is already taken: 'ask' (default) writes nothing and reports the
   * conflict; 'suffix' writes beside it as "Summary (2)" etc.; 'update' rewrites sheets that an
   * earlier run generated (carrying the marker), keeping the values typed into editable cells.
   */
  readonly onConflict?: ConflictPolicy;
  /** from checkExcelSupport(...).features; defaults to every optional feature */
  readonly features?: OptionalFeatures;
  /** identifies this run in the marker; defaults to the current time */
  readonly runId?: string;
  readonly onProgress?: (message: string) => void;
  /** budget for one request's cell data; Excel on the web refuses requests over 5 MB */
  readonly maxRequestBytes?: number;
  /** the blueprint an earlier run built, from the source text it kept and its marker's version */
  readonly rebuildEarlier?: (sourceText: string, version: string) => WorkbookBlueprint | null;
}

export interface SheetConflict {
  readonly name: string;
  /** true when the sheet carries this generator's marker, so 'update' may rewrite it */
  readonly generated: boolean;
}

export type RenderErrorKind = 'notGenerated' | 'writeFailed' | 'rollbackFailed';

export interface RenderError {
  readonly kind: RenderErrorKind;
  /** the step that failed, in words a user understands */
  readonly step: string;
  readonly message: string;
  /** Excel's own message, for support */
  readonly detail?: string;
  /** after a rollback: what of the earlier business case could not be put back, in words */
  readonly notRestored?: string;
}

export type RenderReport =
  | {
      readonly kind: 'written';
      readonly mode: 'new' | 'suffix' | 'update';
      readonly runId: string;
      /** the sheet now active (the summary) */
      readonly activeSheet: string;
      readonly sheets: readonly string[];
      /** blueprint name -> name written, for names the user's workbook already used */
      readonly renamedNames: Readonly<Record<string, string>>;
      /** editable cells whose workbook value was kept over the blueprint's */
      readonly keptEditedCells: number;
      readonly syncCount: number;
      /** features left out on this Excel build, with the reason */
      readonly skipped: readonly string[];
    }
  | { readonly kind: 'conflict'; readonly sheets: readonly SheetConflict[]; readonly canUpdate: boolean }
  | { readonly kind: 'failed'; readonly error: RenderError };

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
