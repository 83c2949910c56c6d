import { BusinessCaseInputs, groupInputs, parseInputs } from '../../core/inputs/schema';

/**
 * What a blueprint was built from, as text a renderer can keep in the workbook: the inputs in
 * the grouped shape of an inputs file. With it, a later run can build the very same blueprint
 * again, which is how a failed update puts the earlier business case back with its styles,
 * rules, validations and charts (Office.js cannot read those back).
 */
export function blueprintSource(inputs: BusinessCaseInputs): string {
  return JSON.stringify(groupInputs(inputs));
}

/** The inputs back from a blueprint's source text; null when the text is not valid inputs. */
export function inputsFromSource(text: string): BusinessCaseInputs | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parseInputs(raw);
  return parsed.ok ? parsed.inputs : null;
}
