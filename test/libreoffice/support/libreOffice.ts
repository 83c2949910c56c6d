import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { engineAvailability, EngineAvailability } from '../../support/engineAvailability';

/** Whether LibreOffice tests run here (skipped on a developer's machine without it, failing in CI). */
export function libreOfficeAvailability(): EngineAvailability {
  return engineAvailability('LibreOffice', 'soffice', 'libreoffice-calc-nogui');
}

// LibreOffice keeps the cached values of a file from another producer unless its profile says to
// recalculate on load ("0" = always); a private profile keeps the user's own settings untouched.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts files with LibreOffice into outDir (format "xlsx" after a full recalculation, "pdf", or
 * "csv": the first sheet as displayed).
 * soffice exits 0 even when it could not load a file, so each output is checked.
 */
// CSV: comma, double quotes, UTF-8 (76), and the last token "save cell contents as shown" (number formats applied).
const FILTERS = { xlsx: 'xlsx', pdf: 'pdf', csv: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' } as const;

export async function convertWithLibreOffice(outDir: string, files: readonly string[], format: 'xlsx' | 'pdf' | 'csv'): Promise<string[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    mkdirSync(path.join(profile, 'user'));
    writeFileSync(path.join(profile, 'user/registrymodifications.xcu'), ALWAYS_RECALCULATE);
    mkdirSync(outDir, { recursive: true });
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', FILTERS[format], '--outdir', outDir, ...files], { timeout: 240000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const output = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
    if (!existsSync(output) || statSync(output).size === 0) throw new Error(`LibreOffice produced nothing for ${file}.`);
    return output;
  });
}
