const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes as a file download from the page itself: no server, no network. */
export function offerDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns: revoke only once it has had time to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Example Co" → "example-co-ai-service-business-case.xlsx" */
export function workbookFileName(organisation: string): string {
  const slug = organisation
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug ? `${slug}-` : ''}ai-service-business-case.xlsx`;
}
