// The body figure as data: landmarks, the border lines through them, and the faces (muscles and
// other parts) those lines enclose. ./artwork.ts draws the views from them when first shown.
//
// Coordinates: each view is 200 x 500 units, centre line at x = 100. A point is written as
// [d, y]: d = distance from the centre line (outwards), y = down from the top. Only the
// viewer's left half is described; the element draws the right half by mirroring it.
// Proportions (male base figure): 7.5 heads of 64 units, from the crown at y 10 to the soles at
// y 491: chin 1 head (y 77), nipples 2 (y 140), navel 3 (y 204), crotch ~3.9 (y 263),
// knees ~5.5 (y 360), ankles ~7.2 (y 466). Half-widths: head 23, neck 14, shoulders 65
// (about 2 heads across), waist 37.5, hips 50. The female figure is this one warped (see
// FEMALE_WARP below): narrower head, neck and shoulders, narrower waist, wider hips and thighs.
//
// Lines are polylines through points; artwork.ts draws a smooth curve through them
// (Catmull-Rom converted to cubic Béziers). A point name ending in '*' is a corner: the curve
// does not smooth across it. A face is a list of loops; a loop is a list of line pieces
// 'line:from:to' (from and to are point names on that line, in either order). Neighbouring
// faces use the same pieces, so their borders are identical: no gaps, no overlaps.

/** A distance from the centre line and a height: [d, y]. */
export type Pt = readonly [number, number];
/** A point on a line: a named landmark ('name', or 'name*' for a corner) or [d, y] ([d, y, '*'] for a corner). */
export type Spec = string | Pt | readonly [number, number, '*'];
/** A face: loops of line pieces 'line:from:to' (or a whole closed 'line'). */
export type Face = readonly (readonly string[])[];

/** Named points shared by both views. */
export const POINTS: Record<string, Pt> = {
  // head and neck
  hTop: [0, 10], jaw: [17, 65], nk1: [14.5, 72], nb: [14.2, 80], acr: [48, 97.5],
  // arm (palms forward, slightly away from the body)
  dIns: [62.5, 156], elbO: [64, 192], faO: [65.5, 201], fbO: [71.2, 248], wrO: [71, 262],
  wrI: [60, 262], fbI: [57.5, 248], faI: [50, 202], elbI: [49.5, 194], ap: [46.5, 142],
  // trunk and legs
  serB: [43, 178], waist: [37.5, 204], fl: [38, 214], asis: [41.5, 231], troch: [49.5, 265],
  tflB: [50.5, 282], gmB: [49.5, 300], kneeO: [39, 360], tibTopL: [38.5, 372],
  gBotL: [38.5, 425], tibLBot: [36, 437], solL: [33, 448], ankO: [27.5, 466],
  ankI: [15.5, 466], solM: [14, 450], gBotM: [12.5, 430], gTop: [10, 378], kneeI: [11, 362],
  kneeI2: [9.5, 348], admB: [7, 330], gfI: [2.5, 283], crotch: [0.5, 263],
  // front
  c0: [2, 95], c1: [20, 92.8], cMid: [31, 94.5], pecIns: [50.5, 134], sp: [35.5, 155.5],
  rt: [18.5, 156.5], stBot: [1.6, 148.5], obT: [18, 216], pub: [1.2, 259], fI: [19, 250],
  rfTop: [28, 261], rfA: [35, 259], hfO: [40, 255], vmTop: [21, 314], patL: [30.5, 352], patT: [25.5, 349],
  tibTopM: [29, 374], tibBot: [21, 459], faM: [58, 204.5], fbM: [66, 250.5], bicB: [59, 196], bicT: [55, 197],
  gSo: [18.6, 405],
  // back
  m0: [0.8, 70], m1: [0.8, 117], m2: [0.8, 142], m3: [0.8, 200], sac: [1.5, 246],
  pdIn: [36, 111.5], sps: [21, 124], pdMid: [48.5, 131.5], ltO1: [21.5, 142], ltO2: [15, 172],
  latBot: [30, 231], eP: [18, 238.5], hsTop: [24, 289], gmL: [44, 281], vlK: [43, 342], popT: [24.5, 341], popB: [24.5, 373],
  gV: [23, 443],
};

/** The silhouette's left half, from the crown round the arm and the leg to the crotch. */
const OUTLINE: Spec[] = [
  'hTop', [12, 11.5], [19.5, 18.5], [23, 31], [22.5, 45], [20.5, 56], 'jaw*', 'nk1', 'nb',
  [20, 86], [30, 90.5], [40, 94], 'acr', [56, 100], [62, 107], [65, 118], [65.3, 130], [64, 144],
  'dIns', [62.6, 170], 'elbO', 'faO', [68, 214], [70, 230], 'fbO', 'wrO', [74, 270], [77.5, 280],
  [77.3, 288.5, '*'], [74.5, 287], [73.5, 296], [71.5, 304.5], [67.5, 309], [63, 306],
  [60.5, 297], [59.5, 284], [59.6, 272], 'wrI', 'fbI', [53.5, 225], [51, 210], 'faI', 'elbI',
  [49, 180], [48.6, 160], 'ap*', [45.5, 155], 'serB', [39.5, 192], 'waist', 'fl', 'asis',
  [46, 247], 'troch', 'tflB', 'gmB', [47, 320], 'vlK', 'kneeO', 'tibTopL', [40.5, 388],
  [41, 402], 'gBotL', 'tibLBot', 'solL', 'ankO', [28.5, 476], [32, 484.5], [30.5, 490, '*'],
  [22, 491.5], [15.5, 490.5], [13.8, 484], 'ankI', 'solM', 'gBotM', [10, 412], [8.5, 395],
  'gTop', 'kneeI', 'kneeI2', 'admB', [4.5, 305], 'gfI', 'crotch*',
];

const COMMON_LINES: Record<string, Spec[]> = {
  outline: OUTLINE,
  fbLine: ['fbO', 'fbM', 'fbI'],
};

const FRONT_LINES: Record<string, Spec[]> = {
  scm: [[16, 62.5], [13.5, 74], [8.5, 86], [3.5, 93.5], [2.3, 90], [7, 80], [13, 68], [16, 62.5]],
  clav: ['c0', 'c1', 'cMid', 'acr'],
  trapMed: ['c1', [16.5, 87], 'nb'],
  dpg: ['cMid', [39, 106], [46, 121], 'pecIns'],
  dSplit: ['acr', [55, 112], [59, 133], 'dIns'],
  deltLow: ['pecIns', [56, 146], 'dIns'],
  axF: ['pecIns', 'ap'],
  pecLow: ['ap', [42, 150], 'sp', [27, 157.5], 'rt', [10, 153.5], 'stBot'],
  stern: ['stBot', [2, 120], 'c0'],
  serZ: ['serB*', [38.5, 176], [40.5, 170.5], [36.8, 167], [39, 161.5], 'sp*'],
  rl: ['rt', [20, 176], [19.5, 196], 'obT', [13.5, 238], [7, 253], 'pub'],
  rm: ['stBot', 'pub'],
  ing: ['asis', [31, 241], 'fI', [10, 255.5], 'pub'],
  groin: ['pub', 'crotch'],
  tflM: ['asis', 'hfO', [43.5, 270], 'tflB'],
  hfLow: ['fI', [23, 257], 'rfTop*', 'rfA', 'hfO'],
  rfL: ['rfA', [37.5, 293], [35, 328], 'patL'],
  rfM: ['rfTop', [23, 283], [21.5, 300], 'vmTop', [22, 333], 'patT'],
  adM: ['vmTop', [13, 332], 'kneeI2'],
  qLow: ['kneeO', [34.5, 355], 'patL', 'patT', [18, 356], 'kneeI'],
  tibTop: ['tibTopM', [34, 369], 'tibTopL'],
  tibM: ['tibTopM', [29, 400], [26, 428], [22.5, 450], 'tibBot'],
  tibLow: ['tibLBot', [28, 450], 'tibBot'],
  gLat: ['gTop', [16, 388], 'gSo', 'gBotM'],
  soLine: ['gSo', [20, 428], [18.5, 445], 'solM'],
  bicL: ['dIns', [59.5, 170], [59, 184], 'bicB', 'bicT'],
  bicM: ['ap', [50.5, 160], [51.5, 180], 'bicT'],
  brBot: ['elbO', [59, 197.5], 'bicB'],
  faTop: ['faO', [61, 204], 'faM', [54, 204], 'faI'],
  faSplit: ['faM', [61.5, 222], [64, 238], 'fbM'],
  patella: [[25.5, 353], [31.5, 357], [32, 366], [27, 374], [21, 371], [19.5, 361], [21, 355], [25.5, 353]],
};

const BACK_LINES: Record<string, Spec[]> = {
  occ: ['nk1', [8, 70.5], 'm0'],
  mid: ['m0', 'm1', 'm2', 'm3', 'sac'],
  utLow: ['acr', [38, 103], [26, 109.5], [13, 114.5], 'm1'],
  scap: ['acr', 'pdIn', 'sps'],
  mtLow: ['sps', [12, 135], 'm2'],
  ltOut: ['sps', 'ltO1', 'ltO2', [7, 190], 'm3'],
  dSplit: ['acr', [55, 113], [59.5, 134], 'dIns'],
  pdLow: ['dIns', [55.5, 145], 'pdMid', [42, 121], 'pdIn'],
  infLow: ['ltO1', [30, 145], [40, 137.5], 'pdMid'],
  tmA: ['pdMid', 'ap'],
  latTop: ['ap', [38, 152], [28, 151.5], 'ltO1'],
  latMed: ['ltO2', [16, 195], [21, 216], 'latBot'],
  latLow: ['fl', [34, 222.5], 'latBot'],
  crest: ['asis', [35, 232], 'latBot'],
  ereLow: ['latBot', 'eP', 'sac'],
  gmaxUp: ['eP', [27, 244], [38, 251], 'troch'],
  cleft: ['crotch', [1, 255], 'sac'],
  glL: ['troch', [47.5, 273], 'gmL'],
  gf: ['gmL', [35, 287], 'hsTop', [12, 288.5], 'gfI'],
  vlBk: ['gmL', [45, 312], 'vlK'],
  admBd: ['admB', [12, 314], [17, 300], 'hsTop'],
  hsSplit: ['hsTop', [26, 315], 'popT'],
  popM: ['popT', [18, 352], 'kneeI'],
  popL: ['popT', [31, 351.5], 'kneeO'],
  popLow: ['kneeI', [17.5, 369], 'popB', [31.5, 368.5], 'kneeO'],
  gLow: ['gBotM', [17.5, 438], 'gV*', [29, 434], 'gBotL'],
  soLo: ['solL', [27, 454], 'gV'],
  soMe: ['gV', [20, 454], 'solM'],
  tEl: ['elbO', [58, 197], [53.5, 196.5], 'elbI'],
  faTop: ['faI', [57.5, 205], 'faO'],
};

/** Muscle id -> loops of line pieces, per view. */
export const FRONT_FACES: Record<string, Face> = {
  sternocleidomastoid: [['scm']],
  'upper-trapezius': [['outline:nb:acr', 'clav:acr:c1', 'trapMed:c1:nb']],
  'anterior-deltoid': [['clav:cMid:acr', 'dSplit:acr:dIns', 'deltLow:dIns:pecIns', 'dpg:pecIns:cMid']],
  'lateral-deltoid': [['outline:acr:dIns', 'dSplit:dIns:acr']],
  'pectoralis-major': [['clav:c0:cMid', 'dpg:cMid:pecIns', 'axF:pecIns:ap', 'pecLow:ap:stBot', 'stern:stBot:c0']],
  'serratus-anterior': [['outline:ap:serB', 'serZ:serB:sp', 'pecLow:sp:ap']],
  obliques: [['pecLow:rt:sp', 'serZ:sp:serB', 'outline:serB:asis', 'ing:asis:pub', 'rl:pub:rt']],
  'rectus-abdominis': [['pecLow:rt:stBot', 'rm:stBot:pub', 'rl:pub:rt']],
  'tensor-fasciae-latae': [['outline:asis:tflB', 'tflM:tflB:asis']],
  'hip-flexors': [['ing:asis:fI', 'hfLow:fI:hfO', 'tflM:hfO:asis']],
  adductors: [['ing:fI:pub', 'groin:pub:crotch', 'outline:crotch:kneeI2', 'adM:kneeI2:vmTop', 'rfM:vmTop:rfTop', 'hfLow:rfTop:fI']],
  'rectus-femoris': [['hfLow:rfTop:rfA', 'rfL:rfA:patL', 'qLow:patL:patT', 'rfM:patT:rfTop']],
  'vastus-medialis': [['rfM:vmTop:patT', 'qLow:patT:kneeI', 'outline:kneeI:kneeI2', 'adM:kneeI2:vmTop']],
  'vastus-lateralis': [['outline:tflB:kneeO', 'qLow:kneeO:patL', 'rfL:patL:rfA', 'hfLow:rfA:hfO', 'tflM:hfO:tflB']],
  'tibialis-anterior': [['tibTop:tibTopM:tibTopL', 'outline:tibTopL:tibLBot', 'tibLow:tibLBot:tibBot', 'tibM:tibBot:tibTopM']],
  gastrocnemius: [['gLat:gTop:gBotM', 'outline:gBotM:gTop']],
  soleus: [['gLat:gSo:gBotM', 'outline:gBotM:solM', 'soLine:solM:gSo']],
  'biceps-brachii': [['axF:ap:pecIns', 'deltLow:pecIns:dIns', 'bicL:dIns:bicT', 'bicM:bicT:ap']],
  brachialis: [['outline:dIns:elbO', 'brBot:elbO:bicB', 'bicL:bicB:dIns']],
  'forearm-extensors': [['outline:faO:fbO', 'fbLine:fbO:fbM', 'faSplit:fbM:faM', 'faTop:faM:faO']],
  'forearm-flexors': [['faTop:faM:faI', 'outline:faI:fbI', 'fbLine:fbI:fbM', 'faSplit:fbM:faM']],
};

export const BACK_FACES: Record<string, Face> = {
  'upper-trapezius': [['occ:m0:nk1', 'outline:nk1:acr', 'utLow:acr:m1', 'mid:m1:m0']],
  'middle-trapezius': [['utLow:m1:acr', 'scap:acr:sps', 'mtLow:sps:m2', 'mid:m2:m1']],
  'lower-trapezius': [['mtLow:m2:sps', 'ltOut:sps:m3', 'mid:m3:m2']],
  'lateral-deltoid': [['outline:acr:dIns', 'dSplit:dIns:acr']],
  'posterior-deltoid': [['dSplit:acr:dIns', 'pdLow:dIns:pdIn', 'scap:pdIn:acr']],
  infraspinatus: [['scap:pdIn:sps', 'ltOut:sps:ltO1', 'infLow:ltO1:pdMid', 'pdLow:pdMid:pdIn']],
  'teres-major': [['infLow:ltO1:pdMid', 'tmA:pdMid:ap', 'latTop:ap:ltO1']],
  'latissimus-dorsi': [['latTop:ltO1:ap', 'outline:ap:fl', 'latLow:fl:latBot', 'latMed:latBot:ltO2', 'ltOut:ltO2:ltO1']],
  obliques: [['outline:fl:asis', 'crest:asis:latBot', 'latLow:latBot:fl']],
  'erector-spinae': [['ltOut:ltO2:m3', 'mid:m3:sac', 'ereLow:sac:latBot', 'latMed:latBot:ltO2']],
  'gluteus-medius': [['crest:latBot:asis', 'outline:asis:troch', 'gmaxUp:troch:eP', 'ereLow:eP:latBot']],
  'gluteus-maximus': [['ereLow:sac:eP', 'gmaxUp:eP:troch', 'glL:troch:gmL', 'gf:gmL:gfI', 'outline:gfI:crotch', 'cleft:crotch:sac']],
  'vastus-lateralis': [['outline:troch:vlK', 'vlBk:vlK:gmL', 'glL:gmL:troch']],
  adductors: [['outline:admB:gfI', 'gf:gfI:hsTop', 'admBd:hsTop:admB']],
  semitendinosus: [['admBd:admB:hsTop', 'hsSplit:hsTop:popT', 'popM:popT:kneeI', 'outline:kneeI:admB']],
  'biceps-femoris': [['gf:hsTop:gmL', 'vlBk:gmL:vlK', 'outline:vlK:kneeO', 'popL:kneeO:popT', 'hsSplit:popT:hsTop']],
  gastrocnemius: [['popLow:kneeI:kneeO', 'outline:kneeO:gBotL', 'gLow:gBotL:gBotM', 'outline:gBotM:kneeI']],
  soleus: [
    ['gLow:gV:gBotL', 'outline:gBotL:solL', 'soLo:solL:gV'],
    ['soMe:gV:solM', 'outline:solM:gBotM', 'gLow:gBotM:gV'],
  ],
  'triceps-brachii': [['outline:dIns:elbO', 'tEl:elbO:elbI', 'outline:elbI:ap', 'tmA:ap:pdMid', 'pdLow:pdMid:dIns']],
  'forearm-extensors': [['faTop:faI:faO', 'outline:faO:fbO', 'fbLine:fbO:fbI', 'outline:fbI:faI']],
};

/** Non-muscle parts drawn over the base (no data-muscle): name -> loops. */
export const FRONT_PARTS: Record<string, Face> = { knee: [['patella']] };
export const BACK_PARTS: Record<string, Face> = {};

/** Thin lines drawn on top for surface detail (never filled): lists of points. */
export const FRONT_DETAILS: Spec[][] = [
  [[17, 65], [9, 73.5], [0, 76.5]], // jaw
  [[2.2, 172], [11, 171], [19.8, 173]], // tendinous intersections of the rectus
  [[2.1, 193], [11, 192.5], [19.6, 194]],
  [[2, 213], [10, 213.5], [18.2, 214]],
  [[0, 201], [1.8, 203.5], [0, 206]], // navel
  [[63.5, 305.5], [63.3, 296]], [[66.8, 308], [66.5, 297]], [[70, 306.5], [70, 296.5]], // fingers
  [[74.3, 287.5], [72.6, 280]], // thumb
  [[21.5, 490.5], [21.5, 485]], [[26.5, 490.5], [26.5, 485.5]], // toes
];
export const BACK_DETAILS: Spec[][] = [
  [[23.8, 437], [24.2, 408], [24.5, 380]], // between the heads of the gastrocnemius
  [[58.5, 150], [56.5, 172], [56, 188]], // triceps long and lateral heads
  [[63.5, 305.5], [63.3, 296]], [[66.8, 308], [66.5, 297]], [[70, 306.5], [70, 296.5]],
  [[21, 466], [23, 476], [21.5, 488]], // heel
];
/** Female only: the bust's lower contour over the pectoral. */
export const BUST: Spec[] = [[45.5, 146], [41, 160], [31, 167], [20, 165], [12.5, 157]];

/** Female only: hair (a non-muscle part), as closed outlines of the left half. */
export const HAIR: Record<'front' | 'back', Spec[]> = {
  front: [[0, 7, '*'], [13, 8.3], [21.5, 16], [25.3, 30], [25.6, 45], [24.3, 56], [21.6, 61, '*'], [20.6, 50], [19.8, 37], [16.5, 26], [9, 20.5], [0, 19.5, '*'], [0, 7, '*']],
  back: [[0, 7, '*'], [13, 8.3], [21.5, 16], [25.3, 30], [25.6, 45], [24.3, 56], [20.5, 62.5], [12, 66.5], [0, 67.5, '*'], [0, 7, '*']],
};

/**
 * Heights are remapped before drawing (both figures): the trunk a little shorter, the legs a
 * little longer, so the crotch sits near half the height. Pairs of [from, to], linear between.
 */
export const VERTICAL: Pt[] = [[0, 0], [100, 100], [263, 256], [491, 491]];

export const LINES: Record<'front' | 'back', Record<string, Spec[]>> = { front: { ...COMMON_LINES, ...FRONT_LINES }, back: { ...COMMON_LINES, ...BACK_LINES } };

/**
 * The female figure is the male one warped sideways: a point at distance d from the centre at
 * height y moves to d * s(y) (s below, interpolated smoothly between these heights); beyond
 * d = ARM_FROM (the arms) a point keeps the shift of that boundary and its width scales by
 * ARM_SCALE, so arms get slimmer instead of following the hips.
 */
export const FEMALE_WARP: { profile: Pt[]; armFrom: number; armScale: number } = {
  profile: [
    [0, 0.93], [66, 0.93], [84, 0.85], [120, 0.87], [150, 0.9], [178, 0.88], [203, 0.85],
    [240, 1.0], [268, 1.09], [305, 1.06], [345, 0.99], [400, 0.95], [500, 0.94],
  ],
  armFrom: 50,
  armScale: 0.9,
};
