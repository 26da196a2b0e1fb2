// Draws the add-in's icons (assets/icon-*.png, assets/logo-filled.png) with no image library:
// shapes are signed-distance functions, supersampled 4×4 for smooth edges, encoded as RGBA PNG via zlib.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; rerun only when the design changes)
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const BACKGROUND = [31, 110, 140]; // teal-blue square
const GLYPH = [255, 255, 255];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of size*size*4 → PNG bytes (colour type 6, filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0…1). Negative distance = inside.
function roundedSquare(x, y, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - halfWidth;
}

/** A checklist: a tick for the done items and three bars for the roadmap's rows. */
function glyph(x, y) {
  const w = 0.055;
  const tick = segment(x, y, [0.16, 0.52], [0.29, 0.66], w);
  const tick2 = segment(x, y, [0.29, 0.66], [0.46, 0.36], w);
  const bars = [0.32, 0.5, 0.68].map((row) => segment(x, y, [0.62, row], [0.84, row], w));
  return Math.min(tick, tick2, ...bars);
}

function pixel(size, px, py) {
  let bg = 0;
  let fg = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (roundedSquare(x, y, 0.18) <= 0) {
        bg++;
        if (glyph(x, y) <= 0) fg++;
      }
    }
  }
  const total = SAMPLES * SAMPLES;
  const mix = bg ? fg / bg : 0;
  const colour = BACKGROUND.map((c, i) => Math.round(c * (1 - mix) + GLYPH[i] * mix));
  return [...colour, Math.round((255 * bg) / total)];
}

function draw(size) {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(pixel(size, x, y), (y * size + x) * 4);
  }
  return encodePng(size, rgba);
}

mkdirSync(OUT, { recursive: true });
const files = [16, 32, 64, 80, 128].map((s) => [`icon-${s}.png`, s]).concat([["logo-filled.png", 300]]);
for (const [name, size] of files) {
  writeFileSync(join(OUT, name), draw(size));
  console.log(`assets/${name} (${size}×${size})`);
}
