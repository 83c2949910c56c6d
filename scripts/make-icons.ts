import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the add-in icon (a chat bubble holding a rising bar chart, on a rounded Fluent-blue
 * tile: customer conversations that pay back) at the sizes Office asks for, with 4×4
 * supersampling for clean edges. Run once: `npm run icons`.
 */
const SIZES = [16, 32, 64, 80, 128];
const BLUE: [number, number, number] = [15, 108, 189];
const WHITE: [number, number, number] = [255, 255, 255];
const GREEN: [number, number, number] = [16, 124, 65];

type Shape = { inside: (x: number, y: number) => boolean; color: [number, number, number] };

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Inside the triangle a-b-c (same side of all three edges). */
function triangle(a: [number, number], b: [number, number], c: [number, number]) {
  const side = (p: [number, number], q: [number, number], x: number, y: number) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x: number, y: number) => {
    const [s1, s2, s3] = [side(a, b, x, y), side(b, c, x, y), side(c, a, x, y)];
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

/** Shapes in unit coordinates (0..1), painted in order. */
const SHAPES: Shape[] = [
  { inside: roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), color: BLUE },
  { inside: roundedRect(0.13, 0.14, 0.87, 0.72, 0.12), color: WHITE },
  { inside: triangle([0.24, 0.66], [0.2, 0.9], [0.46, 0.66]), color: WHITE },
  { inside: roundedRect(0.26, 0.47, 0.37, 0.61, 0.02), color: BLUE },
  { inside: roundedRect(0.445, 0.37, 0.555, 0.61, 0.02), color: BLUE },
  { inside: roundedRect(0.63, 0.25, 0.74, 0.61, 0.02), color: GREEN },
];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          const shape = [...SHAPES].reverse().find((candidate) => candidate.inside(u, v));
          if (shape) {
            r += shape.color[0];
            g += shape.color[1];
            b += shape.color[2];
            a += 255;
          }
        }
      }
      const n = samples * samples;
      const coverage = a / 255;
      const offset = 1 + x * 4;
      row[offset] = coverage ? Math.round(r / coverage) : 0;
      row[offset + 1] = coverage ? Math.round(g / coverage) : 0;
      row[offset + 2] = coverage ? Math.round(b / coverage) : 0;
      row[offset + 3] = Math.round(a / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
console.log(`wrote assets/icon-{${SIZES.join(',')}}.png`);
