import type { Exercise, Level, Prescription, VideoKind } from '../schema/exercise-types.js';
import type { CardWords } from '../i18n/card-words.js';
import { formatDuration, formatList, type Locale } from '../i18n/locale.js';
import { resolvePlan } from '../timer/plan.js';
import { compileTimeline } from '../timer/timeline.js';
import { readableText } from '../shared/readable-text.js';

/** One prescription chip ("8 reps each side"); `key` says which number it is about. */
export interface Chip {
  key: 'sets' | 'reps' | 'hold' | 'tempo' | 'rest';
  text: string;
}

/** "45 s", "90 s", "2 min", "2 min 30 s": rests and holds as coaches write them (minutes from two on). */
export function formatSeconds(seconds: number, lang: string): string {
  const r = Math.round(seconds) % 60;
  return seconds < 120
    ? formatDuration(seconds, lang, 120)
    : `${formatDuration(Math.round(seconds) - r, lang)}${r ? ` ${formatDuration(r, lang)}` : ''}`;
}

/** A video's length: "45 s", "6 min", "1 h 5 min"; undefined when unknown. */
export const videoLength = (seconds: number | undefined, lang: string): string | undefined =>
  Number(seconds) > 0 ? formatDuration(Math.round(seconds!), lang) : undefined;

/** ISO 8601 duration for JSON-LD ("PT6M", "PT45S", "PT1H5M"). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${r || !(h || m) ? `${r}S` : ''}`;
}

/** The prescription as chips: "2 sets", "8 reps each side", "3 s down · 1 s up", "Rest 60 s". */
export function prescriptionChips(p: Prescription | undefined, { msg, lang }: Locale<CardWords>): Chip[] {
  if (!p) return [];
  const chips: Chip[] = [];
  if (p.sets) chips.push({ key: 'sets', text: msg.sets(p.sets) });
  if (p.holdSeconds) chips.push({ key: 'hold', text: msg.hold(formatSeconds(p.holdSeconds, lang), p.perSide) });
  else if (p.reps) chips.push({ key: 'reps', text: msg.reps(p.reps, p.perSide) });
  // A pause at the bottom or top is named only when it lasts.
  const t = p.tempo;
  const tempo = t
    ? [t.eccentric, t.bottom, t.concentric, t.top]
        .map((s, i) => (s > 0 ? `${formatDuration(s, lang)} ${msg.tempo[i]}` : ''))
        .filter(Boolean)
        .join(' · ')
    : '';
  if (tempo) chips.push({ key: 'tempo', text: tempo });
  if (p.restBetweenSets) chips.push({ key: 'rest', text: msg.rest(formatSeconds(p.restBetweenSets, lang)) });
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
export const formatWorkoutTime = (seconds: number, msg: CardWords) => msg.about(`${Math.max(1, Math.round(seconds / 60))} min`);

/** "Beginner", "Intermediate", "Advanced". */
export const levelLabel = (level: Level | undefined, msg: CardWords): string | undefined => level && msg.level[level];

/** "Follow-along", "Quick guide"…; "Video" for any other kind. */
export const videoKindLabel = (kind: VideoKind, msg: CardWords): string => msg.video[kind] || msg.video.other;

/** "No equipment needed" or "Equipment: dumbbells, bench". */
export function equipmentText(doc: Exercise, { msg, lang }: Locale<CardWords>): string | undefined {
  const items = doc.equipment?.filter(readableText);
  return items && (items.length ? msg.equipment(formatList(items, lang)) : msg.noEquipment);
}
