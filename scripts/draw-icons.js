/*
 * Draws the add-in's icons: three rising bars on Taobao orange, the product's "growth" at a glance.
 * Run `node scripts/draw-icons.js` after changing the design; the PNGs in assets/ are committed.
 * Shapes are sampled 8×8 per pixel for smooth edges; the PNG is encoded here with zlib, so no image library is needed.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8;

const TOP = [255, 122, 0];
const BOTTOM = [255, 68, 0];
const BARS = [
  { left: 0.2, right: 0.35, top: 0.56 },
  { left: 0.425, right: 0.575, top: 0.4 },
  { left: 0.65, right: 0.8, top: 0.22 },
];
const BASELINE = 0.8;

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideBar(x, y) {
  return BARS.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= BASELINE);
}

function pixel(px, py, size) {
  let background = 0;
  let bar = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y, 0.18)) continue;
      background++;
      if (insideBar(x, y)) bar++;
    }
  }
  const total = SAMPLES * SAMPLES;
  const t = (py + 0.5) / size;
  const base = TOP.map((c, i) => Math.round(c + (BOTTOM[i] - c) * t));
  const white = bar / Math.max(background, 1);
  const rgb = base.map((c) => Math.round(c + (255 - c) * white));
  return [...rgb, Math.round((255 * background) / total)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
console.log(`Drew ${SIZES.map((s) => `icon-${s}.png`).join(", ")} in assets/`);
