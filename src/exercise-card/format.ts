import type { Exercise, Prescription, VideoKind } from '../schema/exercise-types.js';
import { resolvePlan } from '../timer/plan.js';
import { compileTimeline } from '../timer/timeline.js';

/** One prescription chip ("8 reps each side"); `key` says which number it is about. */
export interface Chip {
  key: 'sets' | 'reps' | 'hold' | 'tempo' | 'rest';
  text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "45 s", "90 s", "2 min", "2 min 30 s": rests and holds as coaches write them (minutes from two on). */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}

/** A video's length: "45 s", "6 min", "1 h 5 min"; undefined when unknown. */
export function formatDuration(seconds: number | undefined): string | undefined {
  if (!(Number(seconds) > 0)) return undefined;
  if (seconds! < 60) return `${Math.round(seconds!)} s`;
  const m = Math.round(seconds! / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** ISO 8601 duration for JSON-LD ("PT6M", "PT45S", "PT1H5M"). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${r || !(h || m) ? `${r}S` : ''}`;
}

/** The prescription as chips: "2 sets", "8 reps each side", "3 s down · 1 s up", "Rest 60 s". */
export function prescriptionChips(p: Prescription | undefined): Chip[] {
  if (!p) return [];
  const chips: Chip[] = [];
  const side = p.perSide ? ' each side' : '';
  if (p.sets) chips.push({ key: 'sets', text: plural(p.sets, 'set') });
  if (p.holdSeconds) chips.push({ key: 'hold', text: `Hold ${formatSeconds(p.holdSeconds)}${side}` });
  else if (p.reps) chips.push({ key: 'reps', text: plural(p.reps, 'rep') + side });
  // A pause at the bottom or top is named only when it lasts.
  const t = p.tempo;
  const tempo = t
    ? ([[t.eccentric, 'down'], [t.bottom, 'hold'], [t.concentric, 'up'], [t.top, 'pause']] as const)
        .filter(([s]) => s > 0)
        .map(([s, word]) => `${s} s ${word}`)
        .join(' · ')
    : '';
  if (tempo) chips.push({ key: 'tempo', text: tempo });
  if (p.restBetweenSets) chips.push({ key: 'rest', text: `Rest ${formatSeconds(p.restBetweenSets)}` });
  return chips;
}

/** Seconds the whole workout takes with the timer (lead-in, reps, rests), for "About 4 min". */
export function workoutSeconds(p: Prescription | undefined): number | undefined {
  if (!p || (!p.sets && !p.reps && !p.holdSeconds)) return undefined;
  const timeline = compileTimeline(resolvePlan(p));
  // In count mode reps last as long as the reader takes: no honest estimate.
  return timeline.plan.mode === 'tempo' && timeline.total > 0 ? timeline.total / 1000 : undefined;
}

/** "About 4 min" (whole minutes, at least 1). */
export const formatWorkoutTime = (seconds: number) => `About ${Math.max(1, Math.round(seconds / 60))} min`;

const capitalised = (s: string | undefined) => (s ? s[0]!.toUpperCase() + s.slice(1) : undefined);

/** "Beginner", "Intermediate", "Advanced". */
export const levelLabel = capitalised;

const KINDS: Partial<Record<VideoKind, string>> = {
  full: 'Follow-along',
  quick: 'Quick guide',
  intro: 'Introduction',
  why: 'Why it works',
  uses: 'Everyday uses',
};
export const videoKindLabel = (kind: VideoKind): string => KINDS[kind] ?? 'Video';

/** "No equipment needed" or "Equipment: dumbbells, bench". */
export function equipmentText(doc: Exercise): string | undefined {
  const items = doc.equipment?.filter((e) => e.trim() !== '');
  return items && (items.length ? `Equipment: ${items.join(', ')}` : 'No equipment needed');
}
