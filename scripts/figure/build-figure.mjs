// Builds src/muscle-map/artwork.ts from scripts/figure/landmarks.mjs.
// Usage: node scripts/figure/build-figure.mjs [--check]
//   --check: exit 1 if artwork.ts is not what the landmarks produce (for CI).
// Every face is closed from shared line pieces, so neighbouring shapes have identical borders.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as L from './landmarks.mjs';

const OUT = fileURLToPath(new URL('../../src/muscle-map/artwork.ts', import.meta.url));
const CX = 100;

/** Smooth step between the female profile's heights. */
function profile(y) {
  const p = L.FEMALE_WARP.profile;
  if (y <= p[0][0]) return p[0][1];
  for (let i = 1; i < p.length; i++) {
    const [y1, s1] = p[i];
    const [y0, s0] = p[i - 1];
    if (y <= y1) {
      const t = (y - y0) / (y1 - y0);
      return s0 + (s1 - s0) * t * t * (3 - 2 * t);
    }
  }
  return p[p.length - 1][1];
}

function vertical(y) {
  const v = L.VERTICAL;
  for (let i = 1; i < v.length; i++) {
    if (y <= v[i][0]) return v[i - 1][1] + ((y - v[i - 1][0]) * (v[i][1] - v[i - 1][1])) / (v[i][0] - v[i - 1][0]);
  }
  return y;
}
const male = ([d, y]) => [d, vertical(y)];

function warpFemale([d, y]) {
  const s = profile(y);
  const { armFrom, armScale } = L.FEMALE_WARP;
  return [d <= armFrom ? d * s : armFrom * s + (d - armFrom) * armScale, vertical(y)];
}

/** Resolves a point spec ('name', 'name*', [d, y] or [d, y, '*']) to {p, corner, name}. */
function point(spec, warp) {
  if (typeof spec === 'string') {
    const corner = spec.endsWith('*');
    const name = corner ? spec.slice(0, -1) : spec;
    const p = L.POINTS[name];
    if (!p) throw new Error(`unknown point ${name}`);
    return { p: warp(p), corner, name };
  }
  return { p: warp(spec.slice(0, 2)), corner: spec[2] === '*', name: undefined };
}

const sub = (a, b) => [a[0] - b[0], a[1] - b[1]];
const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
const mul = (a, k) => [a[0] * k, a[1] * k];

/**
 * Cubic Bézier segments of the Catmull-Rom curve through pts[i..j] (i > j walks backwards);
 * the neighbours outside the range steer the end tangents unless the end is a corner.
 */
function segments(pts, i, j, closed) {
  const n = pts.length;
  const step = i <= j ? 1 : -1;
  const at = (k) => {
    if (closed) return pts[((k % (n - 1)) + (n - 1)) % (n - 1)];
    return pts[k];
  };
  const neighbour = (k, dir) => {
    const here = at(k);
    if (here.corner) return here.p;
    const m = k + dir;
    if (!closed && (m < 0 || m >= n)) {
      // An end on the centre line continues smoothly into its mirror image.
      const q = at(k - dir);
      return here.p[0] === 0 && q ? [-q.p[0], q.p[1]] : here.p;
    }
    return at(m).p;
  };
  const segs = [];
  for (let k = i; k !== j; k += step) {
    const p1 = at(k).p;
    const p2 = at(k + step).p;
    const p0 = neighbour(k, -step);
    const p3 = neighbour(k + step, step);
    segs.push([add(p1, mul(sub(p2, p0), 1 / 6)), sub(p2, mul(sub(p3, p1), 1 / 6)), p2]);
  }
  return segs;
}

const r1 = (v) => Math.round(v * 10) / 10;
function num(v, first) {
  let s = String(r1(v) === 0 ? 0 : r1(v));
  s = s.replace(/^(-?)0\./, '$1.');
  if (first || s.startsWith('-')) return s;
  return ' ' + s;
}

/** Writes absolute x (viewer-left half) and relative cubic commands with 1-decimal numbers. */
class PathWriter {
  constructor() {
    this.out = '';
    this.cur = null;
  }
  move(p) {
    const x = r1(CX - p[0]);
    const y = r1(p[1]);
    this.out += 'M' + num(x, true) + num(y) ;
    this.cur = [x, y];
  }
  curve(c1, c2, p) {
    const abs = [c1, c2, p].map((q) => [r1(CX - q[0]), r1(q[1])]);
    const rel = abs.flatMap((q) => [q[0] - this.cur[0], q[1] - this.cur[1]]);
    const straight = Math.abs(cross(sub(abs[0], this.cur), sub(abs[2], this.cur))) < 0.05 &&
      Math.abs(cross(sub(abs[1], this.cur), sub(abs[2], this.cur))) < 0.05;
    if (straight) this.out += 'l' + num(rel[4], true) + num(rel[5]);
    else this.out += 'c' + rel.map((v, k) => num(v, k === 0)).join('');
    this.cur = abs[2];
  }
  close() {
    this.out += 'z';
  }
}
const cross = (a, b) => a[0] * b[1] - a[1] * b[0];

function buildLines(lines, warp) {
  const built = {};
  for (const [name, specs] of Object.entries(lines)) {
    const pts = specs.map((s) => point(s, warp));
    const closed = pts.length > 2 && pts[0].p[0] === pts.at(-1).p[0] && pts[0].p[1] === pts.at(-1).p[1];
    built[name] = { pts, closed };
  }
  return built;
}

/** Segments for one piece 'line:from:to' (or a whole closed 'line'). */
function piece(lines, ref) {
  const [name, from, to] = ref.split(':');
  const line = lines[name];
  if (!line) throw new Error(`unknown line ${name}`);
  if (!from) return { start: line.pts[0].p, segs: segments(line.pts, 0, line.pts.length - 1, line.closed) };
  const i = line.pts.findIndex((q) => q.name === from);
  const j = line.pts.findIndex((q) => q.name === to);
  if (i < 0 || j < 0) throw new Error(`${ref}: point not on line`);
  return { start: line.pts[i].p, segs: segments(line.pts, i, j, false) };
}

function facePath(lines, loops, label) {
  const w = new PathWriter();
  for (const loop of loops) {
    let last = null;
    loop.forEach((ref, k) => {
      const { start, segs } = piece(lines, ref);
      if (k === 0) w.move(start);
      else if (Math.hypot(start[0] - last[0], start[1] - last[1]) > 1e-9) {
        throw new Error(`${label}: ${ref} does not start where the previous piece ended`);
      }
      for (const s of segs) w.curve(...s);
      last = segs.at(-1)[2];
    });
    const first = piece(lines, loop[0]).start;
    if (loop.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) > 1e-9) {
      throw new Error(`${label}: loop does not close`);
    }
    w.close();
  }
  return w.out;
}

function openPath(pointLists, warp) {
  const w = new PathWriter();
  for (const list of pointLists) {
    const pts = list.map((s) => point(s, warp));
    w.move(pts[0].p);
    for (const s of segments(pts, 0, pts.length - 1, false)) w.curve(...s);
  }
  return w.out;
}

/** The whole silhouette: the left half, then its mirror image walked back to the crown. */
function silhouette(lines) {
  const pts = lines.outline.pts;
  const segs = segments(pts, 0, pts.length - 1, false);
  const w = new PathWriter();
  w.move(pts[0].p);
  for (const s of segs) w.curve(...s);
  const m = (q) => [-q[0], q[1]];
  for (let k = segs.length - 1; k >= 0; k--) {
    const [c1, c2] = segs[k];
    const start = k === 0 ? pts[0].p : segs[k - 1][2];
    w.curve(m(c2), m(c1), m(start));
  }
  w.close();
  return w.out;
}

function buildView(view, figure) {
  const warp = figure === 'female' ? warpFemale : male;
  const lines = buildLines(L.LINES[view], warp);
  const faces = view === 'front' ? L.FRONT_FACES : L.BACK_FACES;
  const parts = { ...(view === 'front' ? L.FRONT_PARTS : L.BACK_PARTS) };
  if (figure === 'female') {
    lines.hair = buildLines({ hair: L.HAIR[view] }, warp).hair;
    parts.hair = [['hair']];
  }
  const details = [...(view === 'front' ? L.FRONT_DETAILS : L.BACK_DETAILS)];
  if (figure === 'female' && view === 'front') details.push(L.BUST);
  return {
    outline: silhouette(lines),
    muscles: Object.entries(faces).map(([id, loops]) => [id, facePath(lines, loops, `${figure} ${view} ${id}`)]),
    parts: Object.entries(parts).map(([id, loops]) => [id, facePath(lines, loops, `${figure} ${view} ${id}`)]),
    details: openPath(details, warp),
  };
}

function source() {
  const art = {};
  for (const figure of ['female', 'male']) {
    art[figure] = {};
    for (const view of ['front', 'back']) art[figure][view] = buildView(view, figure);
  }
  const lines = [
    '// Generated by scripts/figure/build-figure.mjs from scripts/figure/landmarks.mjs. Do not edit:',
    '// change the landmarks and run `node scripts/figure/build-figure.mjs`.',
    '// Each view is 200 x 500 units; paths describe the viewer\'s left half, which the element',
    '// mirrors around x = 100 for the right half. Outlines are whole.',
    '',
    'export interface ViewArt {',
    '  /** The body silhouette, both halves. */',
    '  outline: string;',
    '  /** [muscle id, path] for the left half. */',
    '  muscles: ReadonlyArray<readonly [string, string]>;',
    '  /** [part name, path]: drawn non-muscle parts (knees) for the left half. */',
    '  parts: ReadonlyArray<readonly [string, string]>;',
    '  /** Surface detail lines for the left half. */',
    '  details: string;',
    '}',
    '',
    "export type FigureName = 'female' | 'male';",
    '',
    `export const ARTWORK: Readonly<Record<FigureName, Readonly<Record<'front' | 'back', ViewArt>>>> = ${JSON.stringify(art, null, 1)
      .replace(/\n\s*/g, '')
      .replace(/\],\[/g, '],\n[')};`,
    '',
  ];
  return lines.join('\n');
}

const text = source();
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('src/muscle-map/artwork.ts is out of date: run node scripts/figure/build-figure.mjs');
    process.exit(1);
  }
  console.log('artwork.ts is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length} bytes)`);
}
