/** The byte ranges a UTF-8 sequence may continue with after each lead byte (RFC 3629; no surrogates, no overlongs). */
function sequenceRanges(lead: number): readonly [number, number][] | null {
  const cont: [number, number] = [0x80, 0xbf];
  if (lead >= 0xc2 && lead <= 0xdf) return [cont];
  if (lead === 0xe0) return [[0xa0, 0xbf], cont];
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return [cont, cont];
  if (lead === 0xed) return [[0x80, 0x9f], cont];
  if (lead === 0xf0) return [[0x90, 0xbf], cont, cont];
  if (lead >= 0xf1 && lead <= 0xf3) return [cont, cont, cont];
  if (lead === 0xf4) return [[0x80, 0x8f], cont, cont];
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or −1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const ranges = sequenceRanges(bytes[i]);
    if (ranges === null) return i;
    for (let k = 0; k < ranges.length; k++) {
      const next = bytes[i + 1 + k];
      if (next === undefined || next < ranges[k][0] || next > ranges[k][1]) return i;
    }
    i += 1 + ranges.length;
  }
  return -1;
}

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

/**
 * An inputs file's bytes as text: UTF-8 only (a Latin-1 "Café" must be refused, not turned into
 * "Caf�"), a leading byte-order mark dropped.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // => { ok: true, text: '{}' }
 * decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) // => { ok: false, offset: 3 }
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const offset = firstInvalidByte(bytes);
  if (offset >= 0) return { ok: false, offset };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(bom)) };
}
