import { expect } from '@open-wc/testing';
import { MUSCLES, MUSCLE_GROUPS, WGER_MUSCLES } from '../../src/muscles/vocabulary.js';
import { normaliseMuscleName, resolveMuscleName, resolveMuscleNames, shortMuscleNames, splitMuscleList } from '../../src/muscles/resolve.js';

const IDS = new Set(MUSCLES.map((m) => m.id));

// free-exercise-db's 17 names, as its exercises.json writes them.
const FEDB = [
  'abdominals', 'abductors', 'adductors', 'biceps', 'calves', 'chest', 'forearms', 'glutes', 'hamstrings',
  'lats', 'lower back', 'middle back', 'neck', 'quadriceps', 'shoulders', 'traps', 'triceps',
];

// wger's muscles: Latin names and English short names as its API gives them.
const WGER = [
  'Anterior deltoid', 'Biceps brachii', 'Biceps femoris', 'Brachialis', 'Gastrocnemius', 'Gluteus maximus',
  'Latissimus dorsi', 'Obliquus externus abdominis', 'Pectoralis major', 'Quadriceps femoris',
  'Rectus abdominis', 'Serratus anterior', 'Soleus', 'Trapezius', 'Triceps brachii', 'Lateral deltoid',
  'Posterior deltoid',
  'Shoulders', 'Biceps', 'Hamstrings', 'Calves', 'Glutes', 'Lats', 'Obliques', 'Chest', 'Quads', 'Abs', 'Triceps',
];

describe('muscle vocabulary', () => {
  it('has unique kebab-case ids, each drawn in at least one view', () => {
    expect(IDS.size).to.equal(MUSCLES.length);
    for (const m of MUSCLES) {
      expect(m.id).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(m.views.length).to.be.greaterThan(0);
    }
  });

  it('every group and wger entry names only vocabulary ids', () => {
    for (const table of [MUSCLE_GROUPS, WGER_MUSCLES]) {
      for (const [key, ids] of Object.entries(table)) {
        expect(ids.length, key).to.be.greaterThan(0);
        for (const id of ids) expect(IDS.has(id), `${key} -> ${id}`).to.equal(true);
      }
    }
  });

  it('maps all 17 free-exercise-db names to ids', () => {
    for (const name of FEDB) expect(resolveMuscleName(name).length, name).to.be.greaterThan(0);
    expect(resolveMuscleName('lower back')).to.deep.equal(['erector-spinae']);
    expect(resolveMuscleName('shoulders')).to.deep.equal(['anterior-deltoid', 'lateral-deltoid', 'posterior-deltoid']);
    expect(resolveMuscleName('calves')).to.deep.equal(['gastrocnemius', 'soleus']);
    expect(resolveMuscleName('abdominals')).to.deep.equal(['rectus-abdominis', 'obliques']);
    // abductors are not adductors
    expect(resolveMuscleName('abductors')).to.not.include('adductors');
  });

  it("maps wger's muscles to ids", () => {
    for (const name of WGER) expect(resolveMuscleName(name).length, name).to.be.greaterThan(0);
    expect(resolveMuscleName('Obliquus externus abdominis')).to.deep.equal(['obliques']);
    expect(resolveMuscleName('Quadriceps femoris')).to.have.members(['rectus-femoris', 'vastus-lateralis', 'vastus-medialis']);
    // Names that are our ids or group names resolve through those, to what wger means by them.
    const traps = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'];
    expect(resolveMuscleName('Trapezius')).to.deep.equal(traps);
    expect(resolveMuscleName('Shoulders')).to.deep.equal(['anterior-deltoid', 'lateral-deltoid', 'posterior-deltoid']);
    expect(resolveMuscleName('Quads')).to.deep.equal(['rectus-femoris', 'vastus-lateralis', 'vastus-medialis']);
    expect(resolveMuscleName('Hamstrings')).to.deep.equal(['biceps-femoris', 'semitendinosus']);
    for (const name of WGER.slice(0, 17)) {
      const key = normaliseMuscleName(name);
      if (IDS.has(key)) expect(resolveMuscleName(name), name).to.deep.equal([key]);
    }
  });

  it('resolves ids, group names and other data sets case-insensitively, collecting the unknown', () => {
    expect(normaliseMuscleName('  Lower_Back ')).to.equal('lower-back');
    const result = resolveMuscleNames(['GLUTEUS-MAXIMUS', 'Glutes', 'Quads', 'wings', '', 'Biceps Brachii']);
    expect(result.ids).to.deep.equal([
      'gluteus-maximus', 'gluteus-medius', 'rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'biceps-brachii',
    ]);
    expect(result.unknown).to.deep.equal(['wings']);
  });

  it('splits attribute lists on spaces and commas', () => {
    expect(splitMuscleList(' glutes,  quads\nlower-back ')).to.deep.equal(['glutes', 'quads', 'lower-back']);
    expect(splitMuscleList(null)).to.deep.equal([]);
  });

  it('treats names of Object.prototype members as unknown, without throwing', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'glutes'];
    const { ids, unknown } = resolveMuscleNames(names);
    expect(unknown).to.deep.equal(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(ids).to.deep.equal(['gluteus-maximus', 'gluteus-medius']);
  });

  it('names a whole group once in a short list, where its first muscle was; a partial group stays muscle by muscle', () => {
    const quads = ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'];
    expect(shortMuscleNames(['pectoralis-major', ...quads, 'gluteus-maximus', 'gluteus-medius'])).to.deep.equal(['Pectoralis major', 'Quadriceps', 'Glutes']);
    // Order as listed, members apart from each other.
    expect(shortMuscleNames(['vastus-medialis', 'soleus', 'rectus-femoris', 'gastrocnemius', 'vastus-lateralis'])).to.deep.equal(['Quadriceps', 'Calves']);
    expect(shortMuscleNames(['rectus-femoris', 'vastus-lateralis'])).to.deep.equal(['Rectus femoris (quadriceps)', 'Vastus lateralis (quadriceps)']);
    expect(shortMuscleNames(['anterior-deltoid', 'lateral-deltoid', 'posterior-deltoid', 'biceps-femoris', 'semitendinosus'])).to.deep.equal(['Deltoids', 'Hamstrings']);
    expect(shortMuscleNames([])).to.deep.equal([]);
  });
});
