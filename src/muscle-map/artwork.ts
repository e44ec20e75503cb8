// The figure's artwork, drawn from the landmarks in ./landmarks.ts the first time a view is
// shown (a few milliseconds), so what ships is the readable description, not the paths.
// Each view is 200 x 500 units; paths describe the viewer's left half, which the element
// mirrors around x = 100 for the right half. Outlines are whole.
import * as L from './landmarks.js';
import type { Face, Pt, Spec } from './landmarks.js';

export interface ViewArt {
  /** The body silhouette, both halves. */
  outline: string;
  /** [muscle id, path] for the left half. */
  muscles: ReadonlyArray<readonly [string, string]>;
  /** [part name, path]: drawn non-muscle parts (knees, hair) for the left half. */
  parts: ReadonlyArray<readonly [string, string]>;
  /** Surface detail lines for the left half. */
  details: string;
}

export type FigureName = 'female' | 'male';
type View = 'front' | 'back';
type Warp = (p: Pt) => Pt;

const CX = 100;

// The drawing runs once per page, in cold (not yet optimised) code, where array destructuring
// (an iterator each time) is slow: indexing instead halves its cost (about 17 -> 9 ms, 2 views).

/** Piecewise-linear remap of heights (both figures). */
function vertical(y: number): number {
  const v = L.VERTICAL;
  for (let i = 1; i < v.length; i++) {
    const a = v[i - 1]!;
    const b = v[i]!;
    if (y <= b[0]) return a[1] + ((y - a[0]) * (b[1] - a[1])) / (b[0] - a[0]);
  }
  return y;
}

/** The female profile's width factor at height y: a smooth step between the listed heights. */
function profile(y: number): number {
  const p = L.FEMALE_WARP.profile;
  if (y <= p[0]![0]) return p[0]![1];
  for (let i = 1; i < p.length; i++) {
    const a = p[i - 1]!;
    const b = p[i]!;
    if (y <= b[0]) {
      const t = (y - a[0]) / (b[0] - a[0]);
      return a[1] + (b[1] - a[1]) * t * t * (3 - 2 * t);
    }
  }
  return p[p.length - 1]![1];
}

const WARPS: Record<FigureName, Warp> = {
  male: (p) => [p[0], vertical(p[1])],
  female: (p) => {
    const d = p[0];
    const s = profile(p[1]);
    const { armFrom, armScale } = L.FEMALE_WARP;
    return [d <= armFrom ? d * s : armFrom * s + (d - armFrom) * armScale, vertical(p[1])];
  },
};

interface Point {
  p: Pt;
  corner: boolean;
  name?: string;
}

/** Resolves a point spec ('name', 'name*', [d, y] or [d, y, '*']). */
function point(spec: Spec, warp: Warp): Point {
  if (typeof spec === 'string') {
    const name = spec.replace(/\*$/, '');
    return { p: warp(L.POINTS[name]!), corner: name !== spec, name };
  }
  return { p: warp([spec[0], spec[1]]), corner: spec[2] === '*' };
}

type Segment = [Pt, Pt, Pt];

/**
 * Cubic Bézier segments of the Catmull-Rom curve through pts[i..j] (i > j walks backwards);
 * the neighbours outside the range steer the end tangents unless the end is a corner.
 */
function segments(pts: Point[], i: number, j: number, closed: boolean): Segment[] {
  const n = pts.length;
  const step = i <= j ? 1 : -1;
  const at = (k: number) => (closed ? pts[(((k % (n - 1)) + (n - 1)) % (n - 1))]! : pts[k]!);
  const neighbour = (k: number, dir: number): Pt => {
    const here = at(k);
    if (here.corner) return here.p;
    const m = k + dir;
    if (!closed && (m < 0 || m >= n)) {
      // An end on the centre line continues smoothly into its mirror image.
      const q = pts[k - dir];
      return here.p[0] === 0 && q ? [-q.p[0], q.p[1]] : here.p;
    }
    return at(m).p;
  };
  const segs: Segment[] = [];
  for (let k = i; k !== j; k += step) {
    const p1 = at(k).p;
    const p2 = at(k + step).p;
    const p0 = neighbour(k, -step);
    const p3 = neighbour(k + step, step);
    segs.push([
      [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6],
      [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6],
      p2,
    ]);
  }
  return segs;
}

/** Tenths of a unit, as integers: relative steps between them print exactly (one decimal). */
const tenths = (v: number) => Math.round(v * 10);

/** Writes absolute moves (x mirrored to the viewer's left half) and relative cubic curves. */
class PathWriter {
  out = '';
  private x = 0;
  private y = 0;
  move(p: Pt): void {
    this.x = tenths(CX - p[0]);
    this.y = tenths(p[1]);
    this.out += `M${this.x / 10} ${this.y / 10}`;
  }
  curve(segment: Segment): void {
    let c = 'c';
    for (const q of segment) c += `${(tenths(CX - q[0]) - this.x) / 10} ${(tenths(q[1]) - this.y) / 10} `;
    const end = segment[2];
    this.x = tenths(CX - end[0]);
    this.y = tenths(end[1]);
    this.out += c;
  }
}

interface Line {
  pts: Point[];
  closed: boolean;
}

function buildLines(lines: Record<string, Spec[]>, warp: Warp): Record<string, Line> {
  const built: Record<string, Line> = {};
  for (const [name, specs] of Object.entries(lines)) {
    const pts = specs.map((s) => point(s, warp));
    const [a, b] = [pts[0]!.p, pts[pts.length - 1]!.p];
    built[name] = { pts, closed: pts.length > 2 && a[0] === b[0] && a[1] === b[1] };
  }
  return built;
}

/** Segments for one piece 'line:from:to' (or a whole closed 'line'). */
function piece(lines: Record<string, Line>, ref: string): { start: Pt; segs: Segment[] } {
  const [name, from, to] = ref.split(':');
  const line = lines[name!]!;
  if (!from) return { start: line.pts[0]!.p, segs: segments(line.pts, 0, line.pts.length - 1, line.closed) };
  const i = line.pts.findIndex((q) => q.name === from);
  const j = line.pts.findIndex((q) => q.name === to);
  return { start: line.pts[i]!.p, segs: segments(line.pts, i, j, false) };
}

/** A closed shape from shared line pieces, so neighbouring shapes have identical borders. */
function facePath(lines: Record<string, Line>, loops: Face): string {
  const w = new PathWriter();
  for (const loop of loops) {
    loop.forEach((ref, k) => {
      const { start, segs } = piece(lines, ref);
      if (k === 0) w.move(start);
      segs.forEach((s) => w.curve(s));
    });
    w.out += 'z';
  }
  return w.out;
}

function openPath(lists: Spec[][], warp: Warp): string {
  const w = new PathWriter();
  for (const list of lists) {
    const pts = list.map((s) => point(s, warp));
    w.move(pts[0]!.p);
    segments(pts, 0, pts.length - 1, false).forEach((s) => w.curve(s));
  }
  return w.out;
}

/** The whole silhouette: the left half, then its mirror image walked back to the crown. */
function silhouette(outline: Line): string {
  const { pts } = outline;
  const segs = segments(pts, 0, pts.length - 1, false);
  const w = new PathWriter();
  w.move(pts[0]!.p);
  segs.forEach((s) => w.curve(s));
  const m = (q: Pt): Pt => [-q[0], q[1]];
  for (let k = segs.length - 1; k >= 0; k--) {
    const [c1, c2] = segs[k]!;
    w.curve([m(c2), m(c1), m(k === 0 ? pts[0]!.p : segs[k - 1]![2])]);
  }
  return w.out + 'z';
}

function drawView(figure: FigureName, view: View): ViewArt {
  const warp = WARPS[figure];
  const female = figure === 'female';
  const lines = buildLines({ ...L.LINES[view], ...(female ? { hair: L.HAIR[view] } : {}) }, warp);
  const parts: Record<string, Face> = { ...(view === 'front' ? L.FRONT_PARTS : L.BACK_PARTS), ...(female ? { hair: [['hair']] } : {}) };
  const details = [...(view === 'front' ? L.FRONT_DETAILS : L.BACK_DETAILS), ...(female && view === 'front' ? [L.BUST] : [])];
  const faces = (shapes: Record<string, Face>) => Object.entries(shapes).map(([id, loops]) => [id, facePath(lines, loops)] as const);
  return {
    outline: silhouette(lines.outline!),
    muscles: faces(view === 'front' ? L.FRONT_FACES : L.BACK_FACES),
    parts: faces(parts),
    details: openPath(details, warp),
  };
}

/**
 * Every place where a face's line pieces do not meet (a piece that does not start where the
 * previous one ended, or a loop that does not close), for the tests: the drawing itself trusts
 * the landmarks.
 */
export function seams(figure: FigureName, view: View): string[] {
  const lines = buildLines({ ...L.LINES[view], hair: L.HAIR[view] }, WARPS[figure]);
  const problems: string[] = [];
  const apart = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]) > 1e-9;
  const faces = view === 'front' ? { ...L.FRONT_FACES, ...L.FRONT_PARTS } : { ...L.BACK_FACES, ...L.BACK_PARTS };
  for (const [id, loops] of Object.entries({ ...faces, hair: [['hair']] })) {
    for (const loop of loops) {
      let end: Pt | undefined;
      let first: Pt | undefined;
      for (const ref of loop) {
        const { start, segs } = piece(lines, ref);
        if (end && apart(start, end)) problems.push(`${figure} ${view} ${id}: ${ref} does not start where the previous piece ended`);
        first ??= start;
        end = segs.length ? segs[segs.length - 1]![2] : start;
      }
      if (loop.length > 1 && end && first && apart(first, end)) problems.push(`${figure} ${view} ${id}: the loop does not close`);
    }
  }
  return problems;
}

/** Both views of a figure, each drawn on first use and kept. */
function lazyViews(figure: FigureName): Readonly<Record<View, ViewArt>> {
  const drawn: Partial<Record<View, ViewArt>> = {};
  return {
    get front() {
      return (drawn.front ??= drawView(figure, 'front'));
    },
    get back() {
      return (drawn.back ??= drawView(figure, 'back'));
    },
  };
}

export const ARTWORK: Readonly<Record<FigureName, Readonly<Record<View, ViewArt>>>> = {
  female: lazyViews('female'),
  male: lazyViews('male'),
};
