import zlib from 'zlib';
import { crc32, ZipCodec } from '../workbook/xlsx/zipParts';

/** Node's native zlib for the workbook's one deflate; the level JSZip used, so files come out as small. */
export const NODE_ZIP: ZipCodec = {
  deflateRaw: (bytes) => zlib.deflateRawSync(bytes, { level: 6 }),
  crc32: typeof zlib.crc32 === 'function' ? (bytes) => zlib.crc32(bytes) : crc32,
};
