#!/usr/bin/env node
// Draws the Chung Sức product mark and writes the add-in's PNG icons: assets/icon-16.png,
// icon-32.png, icon-64.png, icon-80.png (manifest: IconUrl 32, HighResolutionIconUrl 64, ribbon
// 16/32/80; the task pane header shows icon-32 and icon-64).
//
// The mark: a rice-field green rounded square; a white roof; under it two people side by side,
// shoulder to shoulder (one white, one rice-gold): a community building together, "chung sức".
//
// No dependencies beyond node: shapes are signed-distance functions in a 16-unit design grid,
// rasterized with 8×8 supersampling per pixel, and written by the small PNG encoder below
// (signature, IHDR, IDAT = zlib deflate of filtered scanlines, IEND, CRC-32 on every chunk).
// The design grid is 16 units, so 32, 64 and 80 px are exact multiples of it and horizontal and
// vertical edges fall on pixel boundaries; at 16 px the glyph is hand-placed pixels (GLYPH_16).
//
// Usage: node scripts/draw-icons.mjs [--preview DIR]
//   --preview DIR  also writes DIR/icon-preview.png: every size enlarged (nearest neighbour)
//                  to 256 px next to a 256 px render, to judge the icons by eye.

import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels (row-major, non-premultiplied) as a PNG file. */
export function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 1 (Sub) per row: smaller files for flat colour areas.
    const o = y * (stride + 1);
    raw[o] = 1;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      raw[o + 1 + x] = (cur - left) & 0xff;
    }
  }
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Geometry: signed distance functions in design units (negative inside).

const sdCircle = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;

function sdRoundRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx;
  const qy = Math.abs(py - cy) - hy;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdSegment(px, py, ax, ay, bx, by) {
  const pax = px - ax;
  const pay = py - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h);
}

/** A "bust": a head above rounded shoulders that run down past the bottom edge. */
function sdPerson(px, py, cx, headY, headR, shoulderTop, halfWidth) {
  const head = sdCircle(px, py, cx, headY, headR);
  const body = sdRoundRect(px, py, cx - halfWidth, shoulderTop, cx + halfWidth, shoulderTop + 12, halfWidth);
  return Math.min(head, body);
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

const COLORS = {
  fieldTop: hex("#2f9e52"),
  fieldBottom: hex("#17703a"),
  white: hex("#ffffff"),
  gold: hex("#ffcf40"),
};

/**
 * The mark as a list of layers painted in order. Each layer: sd(x, y) → signed distance in
 * design units (negative inside), and color(x, y) → [r, g, b].
 */
function layers() {
  const bg = (x, y) => sdRoundRect(x, y, 0, 0, 16, 16, 3.5);
  const roof = (x, y) =>
    Math.min(sdSegment(x, y, 1.75, 8, 8, 1.75), sdSegment(x, y, 8, 1.75, 14.25, 8)) - 0.9;
  const left = (x, y) => sdPerson(x, y, 5.5, 8.5, 1.5, 10.5, 2.5);
  const right = (x, y) => sdPerson(x, y, 10.5, 8.5, 1.5, 10.5, 2.5);
  const clip = (f) => (x, y) => Math.max(f(x, y), bg(x, y));
  const field = (x, y) => mix(COLORS.fieldTop, COLORS.fieldBottom, Math.min(1, Math.max(0, y / 16)));
  return [
    { sd: bg, color: field },
    { sd: clip(roof), color: () => COLORS.white },
    // A thin field-green outline keeps the two people apart where their shoulders meet.
    { sd: clip((x, y) => right(x, y) - 0.5), color: field },
    { sd: clip(left), color: () => COLORS.white },
    { sd: clip(right), color: () => COLORS.gold },
  ];
}

/**
 * At 16 px the shapes are too small for anti-aliasing to keep them sharp (a 3 px head blurs
 * into a cross, a 45° roof into a grey band), so the 16 px glyph is drawn pixel by pixel, as
 * icon designers do: a 2 px staircase roof, 3 px round heads, shoulders with softened corners
 * (the two people stand 2 px apart here: a thinner outline than at larger sizes is not possible).
 * W white, w white at half coverage, Y gold, y gold at half coverage, . background.
 */
const GLYPH_16 = [
  "................",
  ".......WW.......",
  "......WWWW......",
  ".....WW..WW.....",
  "....WW....WW....",
  "...WW......WW...",
  "..WW........WW..",
  ".WW..........WW.",
  "...wWw....yYy...",
  "...WWW....YYY...",
  "...wWw....yYy...",
  "................",
  "..wWWWw..yYYYy..",
  "..WWWWW..YYYYY..",
  "..WWWWW..YYYYY..",
  "..WWWWW..YYYYY..",
];
const mix = (a, b, t) => [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t);

/** Renders the mark at `size` px with `ss`×`ss` samples per pixel; returns RGBA bytes. */
export function render(size, ss = 8) {
  const ls = size === 16 ? layers().slice(0, 1) : layers();
  const rgba = Buffer.alloc(size * size * 4);
  const scale = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation over the samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) * scale;
          const y = (py + (sy + 0.5) / ss) * scale;
          let c = null;
          for (const layer of ls) if (layer.sd(x, y) <= 0) c = layer.color(x, y);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
      if (a > 0) {
        let color = [r / a, g / a, b / a];
        if (size === 16) {
          const cell = GLYPH_16[py][px];
          const ink = { W: COLORS.white, w: COLORS.white, Y: COLORS.gold, y: COLORS.gold }[cell];
          if (ink) color = mix(color, ink, cell === cell.toUpperCase() ? 1 : 0.5);
        }
        rgba[o] = Math.round(color[0]);
        rgba[o + 1] = Math.round(color[1]);
        rgba[o + 2] = Math.round(color[2]);
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------------------------

function writePng(path, size, rgba) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(size, size, rgba));
  console.log(`${path.slice(root.length + 1) || path} ${size}×${size}`);
}

function preview(dir, renders) {
  // Each icon enlarged to 256 px with nearest neighbour, then a direct 256 px render; on white.
  const cell = 256;
  const gap = 16;
  const all = [...renders, { size: cell, rgba: render(cell, 4) }];
  const width = all.length * cell + (all.length + 1) * gap;
  const height = cell + 2 * gap;
  const out = Buffer.alloc(width * height * 4, 255);
  all.forEach(({ size, rgba }, i) => {
    const ox = gap + i * (cell + gap);
    for (let y = 0; y < cell; y++) {
      for (let x = 0; x < cell; x++) {
        const sx = Math.floor((x * size) / cell);
        const sy = Math.floor((y * size) / cell);
        const s = (sy * size + sx) * 4;
        const d = ((gap + y) * width + ox + x) * 4;
        const alpha = rgba[s + 3] / 255;
        for (let c = 0; c < 3; c++) out[d + c] = Math.round(rgba[s + c] * alpha + 255 * (1 - alpha));
        out[d + 3] = 255;
      }
    }
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "icon-preview.png"), encodePng(width, height, out));
  console.log(join(dir, "icon-preview.png"));
}

function main() {
  const args = process.argv.slice(2);
  const previewDir = args[0] === "--preview" ? args[1] : undefined;
  const renders = [];
  for (const size of [16, 32, 64, 80]) {
    const rgba = render(size);
    renders.push({ size, rgba });
    writePng(join(root, "assets", `icon-${size}.png`), size, rgba);
  }
  if (previewDir) preview(previewDir, renders);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
