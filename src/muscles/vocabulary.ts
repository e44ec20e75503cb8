/**
 * The muscle vocabulary: one fixed list of kebab-case ids, each with an English display
 * name and the view(s) of the figure it is drawn in, plus the names other data sets use.
 * Ids are public API: documents and attributes name them, so they never change.
 */

export type FigureView = 'front' | 'back';

export interface MuscleInfo {
  id: string;
  name: string;
  views: readonly FigureView[];
}

const F: readonly FigureView[] = ['front'];
const B: readonly FigureView[] = ['back'];
// Where a muscle shows in both views, the first view is where it shows best (auto view uses it).
const FB: readonly FigureView[] = ['front', 'back'];
const BF: readonly FigureView[] = ['back', 'front'];

export const MUSCLES: readonly MuscleInfo[] = [
  { id: 'sternocleidomastoid', name: 'Sternocleidomastoid', views: F },
  { id: 'upper-trapezius', name: 'Upper trapezius', views: BF },
  { id: 'middle-trapezius', name: 'Middle trapezius', views: B },
  { id: 'lower-trapezius', name: 'Lower trapezius', views: B },
  { id: 'anterior-deltoid', name: 'Front deltoid', views: F },
  { id: 'lateral-deltoid', name: 'Side deltoid', views: FB },
  { id: 'posterior-deltoid', name: 'Rear deltoid', views: B },
  { id: 'infraspinatus', name: 'Infraspinatus (rotator cuff)', views: B },
  { id: 'pectoralis-major', name: 'Pectoralis major', views: F },
  { id: 'serratus-anterior', name: 'Serratus anterior', views: F },
  { id: 'latissimus-dorsi', name: 'Latissimus dorsi', views: B },
  { id: 'teres-major', name: 'Teres major', views: B },
  { id: 'biceps-brachii', name: 'Biceps', views: F },
  { id: 'brachialis', name: 'Brachialis', views: F },
  { id: 'triceps-brachii', name: 'Triceps', views: B },
  { id: 'forearm-flexors', name: 'Forearm flexors', views: F },
  { id: 'forearm-extensors', name: 'Forearm extensors', views: BF },
  { id: 'rectus-abdominis', name: 'Rectus abdominis', views: F },
  { id: 'obliques', name: 'Obliques', views: FB },
  { id: 'erector-spinae', name: 'Erector spinae (lower back)', views: B },
  { id: 'hip-flexors', name: 'Hip flexors', views: F },
  { id: 'tensor-fasciae-latae', name: 'Tensor fasciae latae (hip abductor)', views: F },
  { id: 'gluteus-maximus', name: 'Gluteus maximus', views: B },
  { id: 'gluteus-medius', name: 'Gluteus medius and minimus', views: B },
  { id: 'adductors', name: 'Hip adductors (inner thigh)', views: FB },
  { id: 'rectus-femoris', name: 'Rectus femoris (quadriceps)', views: F },
  { id: 'vastus-lateralis', name: 'Vastus lateralis (quadriceps)', views: FB },
  { id: 'vastus-medialis', name: 'Vastus medialis (quadriceps)', views: F },
  { id: 'biceps-femoris', name: 'Biceps femoris (outer hamstring)', views: B },
  { id: 'semitendinosus', name: 'Semitendinosus and semimembranosus (inner hamstrings)', views: B },
  { id: 'tibialis-anterior', name: 'Tibialis anterior (shin)', views: F },
  { id: 'gastrocnemius', name: 'Gastrocnemius (calf)', views: BF },
  { id: 'soleus', name: 'Soleus (calf)', views: BF },
];

/**
 * Coarse names that stand for several ids: groups, free-exercise-db's 17 names and
 * common words. Keys are normalised (lower case, spaces and underscores as hyphens).
 */
export const MUSCLE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  // free-exercise-db (all 17 names)
  abdominals: ['rectus-abdominis', 'obliques'],
  abductors: ['gluteus-medius', 'tensor-fasciae-latae'],
  adductors: ['adductors'],
  biceps: ['biceps-brachii', 'brachialis'],
  calves: ['gastrocnemius', 'soleus'],
  chest: ['pectoralis-major'],
  forearms: ['forearm-flexors', 'forearm-extensors'],
  glutes: ['gluteus-maximus', 'gluteus-medius'],
  hamstrings: ['biceps-femoris', 'semitendinosus'],
  lats: ['latissimus-dorsi', 'teres-major'],
  'lower-back': ['erector-spinae'],
  'middle-back': ['middle-trapezius', 'lower-trapezius'],
  neck: ['sternocleidomastoid', 'upper-trapezius'],
  quadriceps: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  shoulders: ['anterior-deltoid', 'lateral-deltoid', 'posterior-deltoid'],
  traps: ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'],
  triceps: ['triceps-brachii'],
  // common words and anatomical group names
  abs: ['rectus-abdominis'],
  core: ['rectus-abdominis', 'obliques', 'erector-spinae'],
  'core-stabilizers': ['rectus-abdominis', 'obliques', 'erector-spinae'],
  deltoids: ['anterior-deltoid', 'lateral-deltoid', 'posterior-deltoid'],
  'gluteus-minimus': ['gluteus-medius'],
  'hip-abductors': ['gluteus-medius', 'tensor-fasciae-latae'],
  'hip-adductors': ['adductors'],
  'hip-extensors': ['gluteus-maximus', 'biceps-femoris', 'semitendinosus'],
  quads: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  trapezius: ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'],
  'rotator-cuff': ['infraspinatus'],
  'teres': ['teres-major'],
  'inner-thigh': ['adductors'],
  shins: ['tibialis-anterior'],
};

/**
 * wger's muscle names (its Latin names and its English short names) that are neither vocabulary
 * ids nor MUSCLE_GROUPS keys, to vocabulary ids. Keys are normalised like MUSCLE_GROUPS keys.
 * Its other names already resolve as they are: most are our ids ("Biceps brachii",
 * "Gastrocnemius", "Lateral deltoid"...), and "Trapezius", "Shoulders", "Quads" and "Hamstrings"
 * are group names (test/muscles/vocabulary.test.ts resolves its whole list).
 */
export const WGER_MUSCLES: Readonly<Record<string, readonly string[]>> = {
  'obliquus-externus-abdominis': ['obliques'],
  'quadriceps-femoris': ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
};
