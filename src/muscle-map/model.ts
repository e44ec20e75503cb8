// Pure functions behind <muscle-map>: which muscles light up in which role, which views to show,
// what the figure is called, and the keyboard order.
import type { MuscleUse } from '../schema/exercise-types.js';
import { MUSCLES, type FigureView } from '../muscles/vocabulary.js';
import { muscleInfo, muscleName, resolveMuscleName, splitMuscleList } from '../muscles/resolve.js';
import type { MapWords } from '../i18n/map-words.js';

export type Role = 'primary' | 'secondary' | 'stabilizer';
export const ROLES: readonly Role[] = ['primary', 'secondary', 'stabilizer'];

export interface Highlight {
  role: Role;
  /** 0..1; 1 unless the `.highlights` property says otherwise. */
  intensity: number;
}

export interface HighlightInput {
  /** The three role attributes; null when absent. Any present one overrides the other sources. */
  primary: string | null;
  secondary: string | null;
  stabilizer: string | null;
  /** The `.highlights` property: intensity 0..1 per id or group name. */
  highlights?: Readonly<Record<string, number>> | null;
  /** The document's `muscles`. */
  muscles?: readonly MuscleUse[];
}

export interface Highlights {
  byId: Map<string, Highlight>;
  /** Names that matched no id, as given. */
  unknown: string[];
}

/** The role an intensity stands for when `.highlights` gives no role. */
export function roleForIntensity(intensity: number): Role {
  return intensity >= 0.67 ? 'primary' : intensity >= 0.34 ? 'secondary' : 'stabilizer';
}

/**
 * Which muscles to highlight and how. Attributes win over `.highlights`, which wins over the
 * document. A muscle named in several roles keeps the strongest (primary > secondary > stabilizer).
 */
export function computeHighlights(input: HighlightInput): Highlights {
  const byId = new Map<string, Highlight>();
  const unknown: string[] = [];
  const put = (name: string, role: Role, intensity = 1): void => {
    const ids = resolveMuscleName(name);
    if (ids.length === 0 && !unknown.includes(name)) unknown.push(name);
    for (const id of ids) {
      const had = byId.get(id);
      if (!had || ROLES.indexOf(role) < ROLES.indexOf(had.role)) byId.set(id, { role, intensity });
    }
  };
  if (input.primary !== null || input.secondary !== null || input.stabilizer !== null) {
    for (const role of ROLES) for (const name of splitMuscleList(input[role])) put(name, role);
  } else if (input.highlights) {
    for (const [name, value] of Object.entries(input.highlights)) {
      const intensity = Math.min(1, Math.max(0, Number(value) || 0));
      if (intensity > 0) put(name, roleForIntensity(intensity), intensity);
    }
  } else {
    for (const use of input.muscles ?? []) {
      if (use && typeof use.id === 'string') put(use.id, ROLES.includes(use.role) ? use.role : 'secondary');
    }
  }
  return { byId, unknown };
}

export type ViewSetting = 'front' | 'back' | 'both' | 'auto';

/**
 * The views to draw. `auto`: one view if it holds every highlighted muscle (where both do, the
 * one most of them show best in), else both; both when nothing is highlighted.
 */
export function chooseViews(setting: string | null | undefined, ids: Iterable<string>): FigureView[] {
  if (setting === 'front' || setting === 'back') return [setting];
  if (setting === 'both') return ['front', 'back'];
  const infos = [...ids].map((id) => muscleInfo(id)).filter((m) => m !== undefined);
  if (infos.length === 0) return ['front', 'back'];
  const fits = (['front', 'back'] as const).filter((v) => infos.every((m) => m.views.includes(v)));
  if (fits.length === 1) return [fits[0]];
  if (fits.length === 0) return ['front', 'back'];
  const backBest = infos.filter((m) => m.views[0] === 'back').length;
  return [backBest > infos.length - backBest ? 'back' : 'front'];
}

/** Display name in running text: "Gluteus maximus" -> "gluteus maximus". */
export function runningName(id: string): string {
  const name = muscleName(id);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Highlighted ids in keyboard order: by role (primary first), then head to toe. */
export function focusOrder(byId: ReadonlyMap<string, Highlight>): string[] {
  // Each id ranked once, not on every comparison (a search through the vocabulary each time).
  return [...byId]
    .map(([id, h]) => [ROLES.indexOf(h.role) * 1000 + MUSCLES.findIndex((m) => m.id === id), id] as const)
    .sort((a, b) => a[0] - b[0])
    .map((ranked) => ranked[1]);
}

/**
 * "Female body figure, back view. Primary: gluteus maximus, …. Secondary: …." in the words of
 * `msg` (the muscle names stay English: the vocabulary has no translations yet).
 */
export function accessibleName(
  byId: ReadonlyMap<string, Highlight>,
  views: readonly FigureView[],
  figure: string,
  msg: MapWords,
): string {
  const body = msg.figure(figure === 'male', views.length === 2 ? 'both' : views[0]!);
  if (byId.size === 0) return `${body} ${msg.noMuscles}`;
  const order = focusOrder(byId);
  const parts = ROLES.map((role) => {
    const names = order.filter((id) => byId.get(id)!.role === role).map(runningName);
    return names.length ? `${msg.role[role]}: ${names.join(', ')}.` : '';
  }).filter(Boolean);
  return `${body} ${parts.join(' ')}`;
}
