import JSZip from 'jszip';

/**
 * Rewrites some XML parts of an .xlsx (a zip) in place. `rewrite` returns the new text of a part,
 * or undefined to leave it alone; it may also return other parts to replace (e.g. a part's .rels).
 * Returns the input itself when nothing changed, so a workbook without such parts is not re-zipped.
 */
export async function rewriteEntries(
  bytes: Uint8Array,
  select: (path: string) => boolean,
  rewrite: (path: string, xml: string, read: (path: string) => Promise<string | undefined>) => Promise<Record<string, string> | undefined>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => zip.file(path)?.async('string');
  let changed = false;
  for (const path of Object.keys(zip.files).filter(select)) {
    const replaced = await rewrite(path, (await read(path))!, read);
    if (!replaced) continue;
    for (const [target, xml] of Object.entries(replaced)) zip.file(target, xml);
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
