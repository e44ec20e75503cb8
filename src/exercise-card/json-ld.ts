import type { Exercise, ListItem } from '../schema/exercise-types.js';
import { safeUrl } from '../shared/safe-url.js';
import { readableText } from '../shared/readable-text.js';
import { muscleName, resolveMuscleName } from '../muscles/resolve.js';
import { isoDuration, workoutSeconds } from './format.js';
import { playerFor } from './video-facade.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

const flatten = (items: readonly ListItem[] | undefined): string[] =>
  (items ?? []).flatMap((i) => (typeof i === 'string' ? [i] : [i.text, ...i.items]));

/** A mistake as one tip: what to avoid, then what to do instead. */
const mistakeTip = (m: Exercise['mistakes'] extends (infer T)[] | undefined ? T : never): string =>
  [m.avoid, ...flatten(m.fixes)].join(' ');

/**
 * schema.org JSON-LD for an exercise: a HowTo whose `step` holds sections for the starting
 * position, the steps (HowToStep) and the tips (HowToTip, from the cues and the mistakes'
 * fixes); the muscles worked go in `about` (schema.org Muscle) and `keywords`. Pure.
 */
export function exerciseJsonLd(doc: Exercise): Record<string, Json | undefined> {
  const sections: Json[] = [];
  if (doc.position?.length) {
    sections.push({
      '@type': 'HowToSection',
      name: 'Starting position',
      itemListElement: doc.position.map((p, i) => ({ '@type': 'HowToStep', position: i + 1, name: p.label, text: p.text })),
    });
  }
  if (doc.steps?.length) {
    sections.push({
      '@type': 'HowToSection',
      name: 'Steps',
      itemListElement: doc.steps.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text })),
    });
  }
  const tips = [...(doc.cues ?? []), ...(doc.mistakes ?? []).map(mistakeTip)];
  if (tips.length) {
    sections.push({
      '@type': 'HowToSection',
      name: 'Tips',
      itemListElement: tips.map((text, i) => ({ '@type': 'HowToTip', position: i + 1, text })),
    });
  }
  // Group names ("glutes") stand for their muscles; ids and unknown names stay as they are.
  const muscleIds = [...new Set((doc.muscles ?? []).flatMap(({ id }) => (resolveMuscleName(id).length ? resolveMuscleName(id) : [id])))];
  const seconds = workoutSeconds(doc.prescription);
  const equipment = (doc.equipment ?? []).filter(readableText);
  const videos = (doc.videos ?? []).flatMap((v) => {
    const player = playerFor(v);
    if (!player) return [];
    const video: Json = { '@type': 'VideoObject', name: v.title, description: v.title };
    if (player.kind === 'iframe') video.embedUrl = player.src.replace(/[?&]autoplay=1/, '').replace(/\?&/, '?');
    else video.contentUrl = player.src;
    if (v.durationSeconds) video.duration = isoDuration(v.durationSeconds);
    const poster = safeUrl(v.poster, 'video poster');
    if (poster) video.thumbnailUrl = poster;
    return [video];
  });
  const source = doc.source;
  const sourceUrl = safeUrl(source?.url, 'source URL');
  const ld: Record<string, Json | undefined> = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: doc.name,
    alternateName: doc.aliases?.length ? doc.aliases : undefined,
    description: doc.summary ?? doc.effect,
    inLanguage: doc.lang,
    educationalLevel: doc.level,
    totalTime: seconds ? isoDuration(seconds) : undefined,
    tool: equipment.length ? equipment.map((name) => ({ '@type': 'HowToTool', name })) : undefined,
    step: sections.length ? sections : undefined,
    about: muscleIds.length ? muscleIds.map((id) => ({ '@type': 'Muscle', name: muscleName(id) })) : undefined,
    keywords: muscleIds.length ? [doc.category, ...muscleIds.map(muscleName)].filter(Boolean).join(', ') : undefined,
    video: videos.length ? videos : undefined,
    isBasedOn:
      source && (source.title || sourceUrl)
        ? {
            '@type': 'CreativeWork',
            name: source.title,
            url: sourceUrl,
            author: source.author ? { '@type': 'Organization', name: source.author } : undefined,
          }
        : undefined,
  };
  return ld;
}

/** The JSON-LD as text; `<` is escaped so the text can never close its script element. */
export function jsonLdText(doc: Exercise): string {
  return JSON.stringify(exerciseJsonLd(doc)).replace(/</g, '\\u003c');
}
