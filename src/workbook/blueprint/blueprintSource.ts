import { BusinessCaseInputs, groupInputs, parseInputs } from '../../core/inputs/schema';
import type { UncertaintySpec } from '../../core/simulation/uncertainty';
import { uncertaintyFile } from './uncertaintyFile';

/** Everything a blueprint is built from besides the catalogue: the simulation is deterministic for its spec. */
export interface BlueprintSource {
  readonly inputs: BusinessCaseInputs;
  /** null: the default uncertainty of the inputs */
  readonly uncertainty: UncertaintySpec | null;
  /** the simulation's date, 'YYYY-MM-DD', or '' when not given */
  readonly simulatedOn: string;
  /** the workbook's generation date (its stamp and page footers), 'YYYY-MM-DD', or '' when not given */
  readonly generatedOn: string;
}

/** The source's own fields beside the inputs file's groups. */
const SIMULATED_ON = 'simulated_on';
const GENERATED_ON = 'generated_on';

/**
 * What a blueprint was built from, as text a renderer can keep in the workbook: the inputs in
 * the grouped shape of an inputs file, with its `uncertainty` group when one was given, the
 * simulation's date and the generation date. With it, a later run can build the very same blueprint again, which is how
 * a failed update puts the earlier business case back with its styles, rules, validations and
 * charts (Office.js cannot read those back).
 *
 * @example
 * blueprintSource(inputs, null, '2026-03-01') // => '{"organisation":{…},…,"simulated_on":"2026-03-01"}'
 */
export function blueprintSource(inputs: BusinessCaseInputs, uncertainty: UncertaintySpec | null = null, simulatedOn = '', generatedOn = ''): string {
  return JSON.stringify({
    ...groupInputs(inputs),
    ...(uncertainty === null ? {} : { uncertainty: uncertaintyFile(uncertainty) }),
    ...(simulatedOn === '' ? {} : { [SIMULATED_ON]: simulatedOn }),
    ...(generatedOn === '' ? {} : { [GENERATED_ON]: generatedOn }),
  });
}

/** The whole source back from its text; null when the text is not valid inputs. */
export function sourceFromText(text: string): BlueprintSource | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { [SIMULATED_ON]: simulatedOn, [GENERATED_ON]: generatedOn, ...file } = raw as Record<string, unknown>;
  if (simulatedOn !== undefined && typeof simulatedOn !== 'string') return null;
  if (generatedOn !== undefined && typeof generatedOn !== 'string') return null;
  const parsed = parseInputs(file);
  return parsed.ok ? { inputs: parsed.inputs, uncertainty: parsed.uncertainty, simulatedOn: simulatedOn ?? '', generatedOn: generatedOn ?? '' } : null;
}

/** The inputs back from a blueprint's source text; null when the text is not valid inputs. */
export function inputsFromSource(text: string): BusinessCaseInputs | null {
  return sourceFromText(text)?.inputs ?? null;
}
