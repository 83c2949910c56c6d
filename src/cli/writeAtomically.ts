import { linkSync, renameSync, rmSync, writeFileSync } from 'fs';
import path from 'path';

export class OutputExistsError extends Error {}

/**
 * Writes a file so that it either appears whole or not at all: the bytes go to a temporary file
 * beside it, which then takes the final name. Without `replace`, an existing file is never
 * touched; the check and the naming are one step (a hard link fails if the name is taken).
 */
export function writeAtomically(target: string, bytes: Uint8Array, replace: boolean): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // Inside the try: a write that fails half-way (a full disk) must not leave the temporary file behind.
    writeFileSync(temp, bytes, { flag: 'wx' });
    if (replace) {
      renameSync(temp, target);
      return;
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(`${target} already exists; add --force to replace it.`);
      throw error;
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
