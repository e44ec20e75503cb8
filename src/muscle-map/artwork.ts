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
type Warp = (d: number, y: number) => Pt;

const CX = 100;

// The drawing runs once per page, in cold (not yet optimised) code, where every call, iterator
// (array destructuring, for-of), callback and short-lived string or number costs: indexing
// instead of destructuring halved it once (about 17 -> 9 ms, 2 views). So each line is turned
// into curves once, however many faces share it, and each path is joined once.

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
  male: (d, y) => [d, vertical(y)],
  female: (d, y) => {
    const s = profile(y);
    const { armFrom, armScale } = L.FEMALE_WARP;
    return [d <= armFrom ? d * s : armFrom * s + (d - armFrom) * armScale, vertical(y)];
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
    const corner = spec.endsWith('*');
    const name = corner ? spec.slice(0, -1) : spec;
    const p = L.POINTS[name]!;
    return { p: warp(p[0], p[1]), corner, name };
  }
  return { p: warp(spec[0], spec[1]), corner: spec[2] === '*' };
}

/** Tenths of a unit, as integers: relative steps between them print exactly (one decimal). */
const tenths = (v: number) => Math.round(v * 10);

/**
 * The Catmull-Rom curve through pts as cubic Béziers, in tenths with x mirrored to the viewer's
 * left half (flip -1: the right half). Segment k, from point k to k + 1, is [x1, y1, control 1,
 * control 2, x2, y2]; each point's neighbours steer its tangent unless it is a corner.
 */
function segments(pts: Point[], closed: boolean, flip = 1): number[][] {
  const n = pts.length - 1;
  // The point steering point k's tangent from side dir: its neighbour (round the end of a closed
  // line, whose last point repeats the first), or itself at a corner or an open end.
  const neighbour = (k: number, dir: number): Pt => {
    const here = pts[closed ? (k + n) % n : k]!;
    const m = k + dir;
    if (here.corner) return here.p;
    if (!closed && (m < 0 || m > n)) {
      // An end on the centre line continues smoothly into its mirror image.
      const q = pts[k - dir];
      return here.p[0] === 0 && q ? [-q.p[0], q.p[1]] : here.p;
    }
    return pts[closed ? (m + n) % n : m]!.p;
  };
  const x = (d: number) => tenths(CX - flip * d);
  const segs: number[][] = [];
  for (let k = 0; k < n; k++) {
    const p1 = pts[k]!.p;
    const p2 = pts[k + 1]!.p;
    const p0 = neighbour(k, -1);
    const p3 = neighbour(k + 1, 1);
    segs.push([
      x(p1[0]), tenths(p1[1]),
      x(p1[0] + (p2[0] - p0[0]) / 6), tenths(p1[1] + (p2[1] - p0[1]) / 6),
      x(p2[0] - (p3[0] - p1[0]) / 6), tenths(p2[1] - (p3[1] - p1[1]) / 6),
      x(p2[0]), tenths(p2[1]),
    ]);
  }
  return segs;
}

/** A path's strings and numbers, joined once at the end (added one by one, each number makes a few strings). */
type Parts = (string | number)[];

/** An absolute move to p. */
const move = (out: Parts, p: Pt) => out.push('M', tenths(CX - p[0]) / 10, ' ', tenths(p[1]) / 10);

/**
 * Relative curve commands along segs from point i to point j, backwards when j < i, each from
 * its segment's own start: pieces meet at shared points, so that is where the last one ended.
 * Backwards, a segment's controls swap, the very numbers a backward walk would work out: so a
 * border two faces share is worked out once.
 */
function walk(out: Parts, segs: number[][], i: number, j: number): void {
  for (let k = i; k !== j; i < j ? k++ : k--) {
    const s = segs[i < j ? k : k - 1]!;
    // Forwards: control 1, control 2, end, from the start; backwards: control 2, control 1, start, from the end.
    // o is where the pen stands in s (the start at 0, the end at 6); q steps through the
    // other three points away from it: 2, 4, 6 forwards, 4, 2, 0 backwards.
    const o = i < j ? 0 : 6;
    out.push('c');
    for (let m = 2; m < 8; m += 2) {
      const q = o ? o - m : m;
      out.push((s[q]! - s[o]!) / 10, ' ', (s[q + 1]! - s[o + 1]!) / 10, ' ');
    }
  }
}

interface Line {
  pts: Point[];
  /** The points' names, for indexOf (a search with a callback costs a call per point). */
  names: (string | undefined)[];
  segs: number[][];
}

function buildLines(lines: Record<string, Spec[]>, warp: Warp): Record<string, Line> {
  const built: Record<string, Line> = {};
  for (const name in lines) {
    const pts = lines[name]!.map((s) => point(s, warp));
    const a = pts[0]!.p;
    const b = pts[pts.length - 1]!.p;
    built[name] = { pts, names: pts.map((q) => q.name), segs: segments(pts, pts.length > 2 && a[0] === b[0] && a[1] === b[1]) };
  }
  return built;
}

/**
 * One piece 'line:from:to' (or a whole closed 'line'): its line and the indices of its ends. It
 * follows its line's curve, so a piece of a closed line would be smooth round the line's ends.
 */
function piece(lines: Record<string, Line>, ref: string): { line: Line; i: number; j: number } {
  const r = ref.split(':');
  const line = lines[r[0]!]!;
  return r[1] ? { line, i: line.names.indexOf(r[1]), j: line.names.indexOf(r[2]) } : { line, i: 0, j: line.pts.length - 1 };
}

/** A closed shape from shared line pieces, so neighbouring shapes have identical borders. */
function facePath(lines: Record<string, Line>, loops: Face): string {
  const out: Parts = [];
  for (let l = 0; l < loops.length; l++) {
    const loop = loops[l]!;
    for (let k = 0; k < loop.length; k++) {
      const { line, i, j } = piece(lines, loop[k]!);
      if (!k) move(out, line.pts[i]!.p);
      walk(out, line.segs, i, j);
    }
    out.push('z');
  }
  return out.join('');
}

function openPath(lists: Spec[][], warp: Warp): string {
  const out: Parts = [];
  for (let l = 0; l < lists.length; l++) {
    const pts = lists[l]!.map((s) => point(s, warp));
    move(out, pts[0]!.p);
    walk(out, segments(pts, false), 0, pts.length - 1);
  }
  return out.join('');
}

/** The whole silhouette: the left half, then its mirror image walked back to the crown. */
function silhouette({ pts, segs }: Line): string {
  const n = pts.length - 1;
  const mirror = segments(pts, false, -1);
  // The mirror image is walked back from where the left half ends (the crotch, just off the
  // centre line), not from that point mirrored: its last segment's end x (index 6) is the left's.
  mirror[n - 1]![6] = segs[n - 1]![6]!;
  const out: Parts = [];
  move(out, pts[0]!.p);
  walk(out, segs, 0, n);
  walk(out, mirror, n, 0);
  return out.join('') + 'z';
}

function drawView(figure: FigureName, view: View): ViewArt {
  const warp = WARPS[figure];
  const female = figure === 'female';
  const lines = buildLines({ ...L.LINES[view], ...(female ? { hair: L.HAIR[view] } : {}) }, warp);
  const parts: Record<string, Face> = { ...(view === 'front' ? L.FRONT_PARTS : L.BACK_PARTS), ...(female ? { hair: [['hair']] } : {}) };
  const details = [...(view === 'front' ? L.FRONT_DETAILS : L.BACK_DETAILS), ...(female && view === 'front' ? [L.BUST] : [])];
  const faces = (shapes: Record<string, Face>) => Object.keys(shapes).map((id) => [id, facePath(lines, shapes[id]!)] as const);
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
        const { line, i, j } = piece(lines, ref);
        const start = line.pts[i]!.p;
        if (end && apart(start, end)) problems.push(`${figure} ${view} ${id}: ${ref} does not start where the previous piece ended`);
        first ??= start;
        end = line.pts[j]!.p;
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
