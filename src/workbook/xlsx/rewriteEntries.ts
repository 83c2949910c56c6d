import type JSZip from 'jszip';

/**
 * Rewrites some XML parts of an .xlsx package held open in memory. `rewrite` returns the new text
 * of a part, or undefined to leave it alone; it may also return other parts to replace (e.g. a
 * part's .rels). Nothing is zipped here: the package is deflated once, when it is written out.
 */
export async function rewriteEntries(
  zip: JSZip,
  select: (path: string) => boolean,
  rewrite: (path: string, xml: string, read: (path: string) => Promise<string | undefined>) => Promise<Record<string, string> | undefined>,
): Promise<void> {
  const read = async (path: string) => zip.file(path)?.async('string');
  for (const path of Object.keys(zip.files).filter(select)) {
    const replaced = await rewrite(path, (await read(path))!, read);
    if (!replaced) continue;
    for (const [target, xml] of Object.entries(replaced)) zip.file(target, xml);
  }
}
