/**
 * TypeScript view of `schema/exercise.schema.json` (schema v1).
 * The JSON Schema is the source of truth; `test/schema/types-agree.test.ts` checks that
 * these types and the schema name the same fields with the same requiredness.
 */

/** A line of text, or a line with one level of sub-items. */
export type ListItem = string | { text: string; items: string[] };

export type MuscleRole = 'primary' | 'secondary' | 'stabilizer';

export interface MuscleUse {
  /** A muscle id from the vocabulary, or a group name such as `glutes`. */
  id: string;
  role: MuscleRole;
  note?: string;
}

/** Seconds for each part of a rep. */
export interface Tempo {
  eccentric: number;
  bottom: number;
  concentric: number;
  top: number;
  description?: string;
}

export interface Prescription {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  perSide?: boolean;
  firstSide?: 'left' | 'right';
  tempo?: Tempo;
  restBetweenSets?: number;
  restBetweenSides?: number;
  leadIn?: number;
}

export interface LabelledText {
  label: string;
  text: string;
}

export interface Mistake {
  id: string;
  title: string;
  avoid: string;
  why?: ListItem[];
  fixes?: ListItem[];
  muscles?: string[];
}

export interface Benefit {
  title: string;
  text: string;
}

export interface FeelCheck {
  muscle: string;
  label?: string;
  text: string;
}

export type VideoKind = 'full' | 'quick' | 'intro' | 'why' | 'uses' | 'other';

export interface Video {
  title: string;
  kind: VideoKind;
  provider?: 'youtube' | 'vimeo' | 'file';
  videoId?: string;
  url?: string;
  poster?: string;
  durationSeconds?: number;
}

export interface Source {
  author?: string;
  title?: string;
  url?: string;
  license?: string;
  licenseUrl?: string;
}

export type Level = 'beginner' | 'intermediate' | 'advanced';

/** One exercise document. */
export interface Exercise {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  name: string;
  lang?: string;
  aliases?: string[];
  summary?: string;
  effect?: string;
  about?: string[];
  level?: Level;
  category?: string;
  equipment?: string[];
  muscles?: MuscleUse[];
  prescription?: Prescription;
  position?: LabelledText[];
  steps?: string[];
  cues?: string[];
  mistakes?: Mistake[];
  benefits?: Benefit[];
  uses?: ListItem[];
  feel?: FeelCheck[];
  notes?: string[];
  videos?: Video[];
  source?: Source;
}

/** One problem found in a document: where (a JSON path such as `mistakes[2].fixes`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}
