const INTERNAL_LINK = /<hyperlink\b([^>]*?)\sr:id="([^"]+)"([^>]*\slocation="[^"]*"[^>]*)\/>/g;

export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

function relsPath(sheetPath: string): string {
  const slash = sheetPath.lastIndexOf('/');
  return `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
}

function withoutRelationships(rels: string, ids: ReadonlySet<string>): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (relationship) => {
    const id = /\sId="([^"]+)"/.exec(relationship)?.[1];
    return id !== undefined && ids.has(id) ? '' : relationship;
  });
}

/**
 * ExcelJS writes a link to a cell of the same workbook with both a location and an external
 * relationship whose target is that location, and Excel then looks for a file of that name. An
 * internal link is the location alone: this gives a worksheet part (and its .rels) without the
 * relationship, or undefined when the sheet has no such link.
 */
export async function internalLinksFixed(
  path: string,
  xml: string,
  read: (path: string) => Promise<string | undefined>,
): Promise<Record<string, string> | undefined> {
  if (!xml.includes('location="')) return undefined;
  const dropped = new Set<string>();
  const fixed = xml.replace(INTERNAL_LINK, (_link, before: string, id: string, after: string) => {
    dropped.add(id);
    return `<hyperlink${before}${after}/>`;
  });
  if (dropped.size === 0) return undefined;
  const rels = await read(relsPath(path));
  return { [path]: fixed, ...(rels === undefined ? {} : { [relsPath(path)]: withoutRelationships(rels, dropped) }) };
}
