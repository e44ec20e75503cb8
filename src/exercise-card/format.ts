import type { Exercise, Level, Prescription, VideoKind } from '../schema/exercise-types.js';
import { MUSCLES, MUSCLE_GROUPS } from '../muscles/vocabulary.js';
import { resolvePlan } from '../timer/plan.js';
import { compileTimeline } from '../timer/timeline.js';

/** One prescription chip: a number to stress and the words around it ("8" + "reps each side"). */
export interface Chip {
  key: 'sets' | 'reps' | 'hold' | 'tempo' | 'rest' | 'time';
  text: string;
}

/** "60 s", "1 min", "1 min 30 s": short durations as coaches write them. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  // Coaches say "rest 60 s" or "90 s"; minutes read better from two minutes up.
  if (s < 120) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** A video's length for a facade or list: "6 min", "45 s", "1 h 5 min". */
export function formatDuration(seconds: number | undefined): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** ISO 8601 duration for JSON-LD ("PT6M", "PT45S"). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${r || (!h && !m) ? `${r}S` : ''}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 s down · 1 s up"; a pause at the bottom or top is named only when it lasts. */
export function formatTempo(p: Prescription): string | undefined {
  const t = p.tempo;
  if (!t) return undefined;
  const parts: string[] = [];
  if (t.eccentric > 0) parts.push(`${t.eccentric} s down`);
  if (t.bottom > 0) parts.push(`${t.bottom} s hold`);
  if (t.concentric > 0) parts.push(`${t.concentric} s up`);
  if (t.top > 0) parts.push(`${t.top} s pause`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The prescription as chips: "2 sets", "8 reps each side", "3 s down · 1 s up", "Rest 60 s". */
export function prescriptionChips(p: Prescription | undefined): Chip[] {
  if (!p) return [];
  const chips: Chip[] = [];
  const side = p.perSide ? ' each side' : '';
  if (p.sets) chips.push({ key: 'sets', text: plural(p.sets, 'set', 'sets') });
  if (p.holdSeconds) chips.push({ key: 'hold', text: `Hold ${formatSeconds(p.holdSeconds)}${side}` });
  else if (p.reps) chips.push({ key: 'reps', text: `${plural(p.reps, 'rep', 'reps')}${side}` });
  const tempo = formatTempo(p);
  if (tempo) chips.push({ key: 'tempo', text: tempo });
  if (p.restBetweenSets) chips.push({ key: 'rest', text: `Rest ${formatSeconds(p.restBetweenSets)}` });
  return chips;
}

/** Seconds a whole workout takes with the timer (lead-in, reps, rests), for "About 4 min". */
export function workoutSeconds(p: Prescription | undefined): number | undefined {
  if (!p || (!p.sets && !p.reps && !p.holdSeconds)) return undefined;
  const timeline = compileTimeline(resolvePlan(p));
  // In count mode reps last as long as the reader takes: no honest estimate.
  return timeline.plan.mode === 'tempo' && timeline.total > 0 ? timeline.total / 1000 : undefined;
}

/** "About 4 min" (rounded to whole minutes, at least 1). */
export function formatWorkoutTime(seconds: number): string {
  return `About ${Math.max(1, Math.round(seconds / 60))} min`;
}

const LEVELS: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
export const levelLabel = (level: Level | undefined): string | undefined => (level ? LEVELS[level] : undefined);

const KINDS: Record<VideoKind, string> = {
  full: 'Follow-along',
  quick: 'Quick guide',
  intro: 'Introduction',
  why: 'Why it works',
  uses: 'Everyday uses',
  other: 'Video',
};
export const videoKindLabel = (kind: VideoKind): string => KINDS[kind] ?? 'Video';

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A muscle id or group name as a reader says it ("gluteus-maximus" → "Gluteus maximus"). */
export function muscleName(id: string): string {
  const known = MUSCLES.find((m) => m.id === id);
  if (known) return known.name;
  return capitalise(id.replace(/[-_]+/g, ' '));
}

/** Group names ("glutes") become the vocabulary ids they stand for; ids stay as they are. */
export function expandMuscles(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const key = id.trim().toLowerCase().replace(/[\s_]+/g, '-');
    for (const x of MUSCLE_GROUPS[key] ?? [key]) out.add(x);
  }
  return [...out];
}

/** "No equipment needed" or "Equipment: dumbbells, bench". */
export function equipmentText(doc: Exercise): string | undefined {
  if (!doc.equipment) return undefined;
  const items = doc.equipment.filter((e) => e.trim() !== '');
  if (items.length === 0) return 'No equipment needed';
  return `Equipment: ${items.join(', ')}`;
}
