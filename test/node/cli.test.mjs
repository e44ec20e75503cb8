// The command-line tool, run as users run it: `node dist/cli.js …` (built by `npm run build`,
// which `pretest` runs). Also unit tests of the free-exercise-db converter from its built module.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const schemaPath = join(root, 'schema/exercise.schema.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The data set lives beside the repository (shared/) on the project's machines and in CI.
const fedb = fileURLToPath(new URL('../../../shared/data/free-exercise-db/exercises.json', import.meta.url));
const noFedb = !existsSync(fedb) && 'shared/data/free-exercise-db/exercises.json is not beside this checkout';

/** Runs the CLI; resolves to its exit code and output (never rejects on a non-zero exit). */
function run(args, cwd = root) {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

let dir;
before(async () => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'exercise-elements-cli-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const write = async (name, text) => {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return name;
};

// Line numbers in the comments are the ones the tests expect.
const BROKEN = `{
  "schemaVersion": 1,
  "id": "Bad Id",
  "name": "Broken lunge",
  "level": "expert",
  "colour": "red",
  "muscles": [
    { "id": "gluteus-maximus", "role": "primary" },
    { "role": "secondary" }
  ],
  "mistakes": [
    {
      "id": "knee-cave",
      "title": "Knee caves in",
      "avoid": "Letting the knee fall inward.",
      "fixes": "Push the knee out."
    }
  ],
  "prescription": { "sets": 0, "tempo": { "eccentric": 3, "bottom": 0, "concentric": 1 } }
}
`;

/**
 * The commands in-process (dist/cli/cli.js, the module dist/cli.js runs) with files in memory:
 * starting Node for every usage case would make this file slow.
 */
async function runInProcess(args, files = {}) {
  const { runCli } = await import(new URL('../../dist/cli/cli.js', import.meta.url));
  const out = [];
  const err = [];
  const io = {
    readText: async (path) => {
      if (!Object.hasOwn(files, path)) throw new Error('no such file');
      return files[path];
    },
    writeText: async (path, text) => void (files[path] = text),
    makeDir: async () => {},
    joinPath: (folder, name) => `${folder}/${name}`,
    relativePath: () => '../schema/exercise.schema.json',
    schemaPath: '/package/schema/exercise.schema.json',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const code = await runCli(args, io);
  return { code, stdout: out.map((l) => l + '\n').join(''), stderr: err.map((l) => l + '\n').join(''), files };
}

describe('exercise-elements (usage)', () => {
  test('the file is an executable Node script with a shebang, and package.json names it as the bin', async () => {
    assert.ok(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok((await stat(cli)).mode & 0o100, 'dist/cli.js is executable');
    assert.deepEqual(pkg.bin, { 'exercise-elements': 'dist/cli.js' });
  });

  test('--help lists the commands and exits 0; -h and "help validate" work too', async () => {
    const { code, stdout } = await runInProcess(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: exercise-elements <command>/);
    assert.match(stdout, /validate FILE\.\.\./);
    assert.match(stdout, /import free-exercise-db FILE --out DIR/);
    assert.equal((await runInProcess(['-h'])).stdout, stdout);
    const topic = await runInProcess(['help', 'validate']);
    assert.equal(topic.code, 0);
    assert.match(topic.stdout, /^Usage: exercise-elements validate FILE\.\.\./);
    assert.match((await runInProcess(['import', '--help'])).stdout, /^Usage: exercise-elements import free-exercise-db FILE --out DIR/);
  });

  test('--version prints the package version (the real executable)', async () => {
    const { code, stdout } = await run(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${pkg.version}\n`);
    assert.equal((await runInProcess(['-v'])).stdout, `${pkg.version}\n`);
  });

  test('no arguments: the usage on stderr, exit 2 (the real executable)', async () => {
    const { code, stdout, stderr } = await run([]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^Usage: exercise-elements/);
  });

  test('an unknown command is named, with a suggestion when it is close to one, exit 2', async () => {
    const typo = await run(['valdate', 'x.json']);
    assert.equal(typo.code, 2);
    assert.equal(typo.stderr, 'exercise-elements: unknown command "valdate" (did you mean "validate"?)\nRun "exercise-elements --help" for usage.\n');
    const far = await runInProcess(['publish']);
    assert.equal(far.code, 2);
    assert.match(far.stderr, /^exercise-elements: unknown command "publish"\n/);
  });

  test('usage errors exit 2 with a sentence on stderr', async () => {
    const cases = [
      [['--frobnicate'], /unknown option --frobnicate/],
      [['validate'], /validate needs at least one FILE/],
      [['validate', '--strict', 'a.json'], /unknown option --strict/],
      [['import'], /import needs a source \(free-exercise-db\)/],
      [['import', 'wger', 'x.json', '--out', 'o'], /unknown import source "wger"; known: free-exercise-db/],
      [['import', 'free-exercise-db', '--out', 'o'], /needs the FILE to read/],
      [['import', 'free-exercise-db', 'x.json'], /needs --out DIR/],
      [['import', 'free-exercise-db', 'x.json', '--out'], /--out needs a value/],
      [['import', 'free-exercise-db', 'x.json', 'y.json', '--out', 'o'], /unexpected argument "y\.json"/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runInProcess(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /Run "exercise-elements --help" for usage\.\n$/);
    }
  });
});

describe('exercise-elements validate', () => {
  test('a valid document: exit 0, a summary and no problems', async () => {
    const { code, stdout } = await run(['validate', 'demo/exercises/reverse-lunge.json']);
    assert.equal(code, 0);
    assert.equal(stdout, 'Checked 1 file: 1 valid; 0 errors, 0 warnings.\n');
  });

  test('a broken document: every problem at its line and column, in file order, exit 1', async () => {
    const file = await write('broken.json', BROKEN);
    const { code, stdout } = await run(['validate', file], dir);
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    // The validator's words for the slug pattern are its own business; the place and path are ours.
    assert.match(lines[0], /^broken\.json:3:9: error: id must be .*; found "Bad Id"$/);
    assert.equal(
      lines.slice(1).join('\n'),
      [
        'broken.json:5:12: error: level must be one of: beginner, intermediate, advanced; found "expert"',
        // A warning is marked as one and does not fail the file on its own.
        'broken.json:6:13: warning: colour unknown field; it is ignored',
        // A missing required field points at the object that lacks it.
        'broken.json:9:5: error: muscles[1].id is required',
        // Nested: the value inside an object inside a list.
        'broken.json:16:16: error: mistakes[0].fixes must be a list of text items or objects; found text',
        'broken.json:19:29: error: prescription.sets must be a whole number from 1 to 50; found 0',
        'broken.json:19:41: error: prescription.tempo.top is required',
        'Checked 1 file: 0 valid, 1 with errors; 6 errors, 1 warning.',
        '',
      ].join('\n'),
    );
  });

  test('warnings alone exit 0', async () => {
    const doc = { schemaVersion: 1, id: 'plank', name: 'Plank', colour: 'red' };
    const file = await write('warn.json', JSON.stringify(doc, null, 2));
    const { code, stdout } = await run(['validate', file], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^warn\.json:5:13: warning: colour unknown field; it is ignored$/m);
    assert.match(stdout, /1 valid; 0 errors, 1 warning\.$/m);
  });

  test('positions hold with CRLF line ends, a byte-order mark and characters outside the BMP', async () => {
    const crlf = await write('crlf.json', '{\r\n  "schemaVersion": 1,\r\n  "id": "x",\r\n  "name": "X",\r\n  "level": 3\r\n}\r\n');
    // The BOM is not a column; the emoji is one column, not two UTF-16 units.
    const bom = await write('bom.json', '\ufeff{"schemaVersion": 1, "id": "x", "name": "😀😀", "level": 3}');
    const { code, stdout } = await run(['validate', crlf, bom], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^crlf\.json:5:12: error: level must be one of/m);
    assert.match(stdout, /^bom\.json:1:56: error: level must be one of/m);
  });

  test('JSON syntax errors: line, column and a plain sentence, exit 1', async () => {
    const cases = [
      ['trailing.json', '{\n  "schemaVersion": 1,\n  "id": "x",\n  "name": "X",\n}\n', '4:14', "a comma before '}' is not allowed in JSON"],
      ['missing-comma.json', '{\n  "schemaVersion": 1\n  "id": "x"\n}\n', '3:3', "expected ',' or '}' after the property (a comma may be missing); found '\"'"],
      ['unclosed.json', '{\n  "name": "Open\n}\n', '2:11', 'this text is not closed before the end of the line'],
      ['single-quotes.json', "{'id': 'x'}", '1:2', 'text must be in double quotes'],
      ['comment.json', '{\n  // a note\n  "id": "x"\n}', '2:3', 'comments are not allowed in JSON'],
      ['truncated.json', '{"muscles": [1, 2', '1:18', 'the text ends where'],
      ['capital.json', '{"a": True}', '1:7', 'write true in lower case'],
      ['empty.json', '', '1:1', 'the file is empty'],
    ];
    for (const [name, text] of cases) await write(name, text);
    // One run for all (starting Node is the slow part); each file gets exactly its one line.
    const { code, stdout } = await run(['validate', ...cases.map(([name]) => name)], dir);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, cases.length + 1);
    cases.forEach(([name, , at, message], k) => {
      assert.ok(lines[k].startsWith(`${name}:${at}: error: not valid JSON: ${message}`), lines[k]);
    });
    assert.equal(lines[cases.length], `Checked 8 files: 0 valid, 8 with errors; 8 errors, 0 warnings.`);
  });

  test('each file is checked; an unreadable one is reported and makes the exit 2', async () => {
    const good = resolve(root, 'demo/exercises/reverse-lunge.json');
    const broken = await write('broken-2.json', BROKEN);
    const { code, stdout } = await run(['validate', good, 'no-such-file.json', broken, '.'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /^no-such-file\.json: error: cannot read the file: no such file$/m);
    assert.match(stdout, /^\.: error: cannot read the file: it is a folder, not a file$/m);
    assert.match(stdout, /^broken-2\.json:3:9: error: id /m);
    assert.match(stdout, /^Checked 4 files: 1 valid, 1 with errors, 2 unreadable; 6 errors, 1 warning\.$/m);
  });

  test("a whole-document problem points at its start; past the validator's cap, the rest are counted", async () => {
    const list = await runInProcess(['validate', 'list.json'], { 'list.json': '\n  []' });
    assert.equal(list.code, 1);
    assert.match(list.stdout, /^list\.json:2:3: error: \(document\) must be an object/);
    const many = { schemaVersion: 1, id: 'x', name: 'X', muscles: Array.from({ length: 120 }, () => ({ role: 'x' })) };
    for (let k = 0; k < 150; k++) many[`extra${k}`] = k;
    const { code, stdout } = await runInProcess(['validate', 'many.json'], { 'many.json': JSON.stringify(many, null, 1) });
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 100 + 100 + 3);
    // 120 muscles × 2 problems, plus the list being longer than 60: 241 errors, 100 shown.
    assert.deepEqual(lines.slice(-3), ['many.json: and 141 more errors', 'many.json: and 50 more warnings', 'Checked 1 file: 0 valid, 1 with errors; 241 errors, 150 warnings.']);
  });

  test('a valid and an invalid file: exit 1', async () => {
    const broken = await write('broken-3.json', BROKEN);
    const { code } = await run(['validate', resolve(root, 'demo/exercises/reverse-lunge.json'), broken], dir);
    assert.equal(code, 1);
  });
});

describe('exercise-elements import free-exercise-db', () => {
  test('input that is not readable, not JSON or not a list: exit 2 with the reason', async () => {
    const notList = await write('object.json', '{"id": "x"}');
    const bad = await write('bad.json', '[\n  {"id": "x",}\n]');
    const cases = [
      ['missing.json', /cannot read missing\.json: no such file/],
      [notList, /object\.json is not a list of exercises/],
      [bad, /bad\.json:2:13: not valid JSON: a comma before '}' is not allowed/],
    ];
    for (const [file, message] of cases) {
      const { code, stderr } = await run(['import', 'free-exercise-db', file, '--out', 'out-none'], dir);
      assert.equal(code, 2, file);
      assert.match(stderr, message);
    }
    assert.ok(!existsSync(join(dir, 'out-none')), 'nothing is written when the input is unusable');
  });

  test('an entry that cannot become a valid document is reported, not written, and makes the exit 1', async () => {
    const entries = [
      { id: 'Plank', name: 'Plank', level: 'beginner', primaryMuscles: ['abdominals'], instructions: ['Hold still.'] },
      { id: 'Nameless', level: 'beginner', primaryMuscles: ['abdominals'] },
    ];
    const file = await write('two.json', JSON.stringify(entries));
    const { code, stdout } = await run(['import', 'free-exercise-db', file, '--out=out-two'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^Nameless: error: name must not be empty$/m);
    assert.match(stdout, /Imported 1 of 2 entries .*; 1 failed validation and was not written\.$/m);
    assert.deepEqual((await readdir(join(dir, 'out-two'))).sort(), ['index.json', 'plank.json']);
  });

  test('all 873 entries: every output validates (Ajv), has a primary muscle and is indexed; the demo copy is current', { skip: noFedb }, async () => {
    const out = join(dir, 'fedb');
    const started = Date.now();
    const { code, stdout } = await run(['import', 'free-exercise-db', fedb, '-o', out]);
    const ms = Date.now() - started;
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^Imported 873 of 873 entries from .* \(one file each, plus index\.json\); all valid\.$/m);

    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(await readFile(schemaPath, 'utf8')));
    const files = (await readdir(out)).filter((f) => f != 'index.json');
    assert.equal(files.length, 873);
    const docs = new Map();
    for (const f of files) {
      const doc = JSON.parse(await readFile(join(out, f), 'utf8'));
      assert.ok(validate(doc), `${f}: ${JSON.stringify(validate.errors)}`);
      assert.equal(`${doc.id}.json`, f);
      assert.ok(doc.muscles.some((m) => m.role == 'primary'), `${f} has no primary muscle`);
      // "$schema" is relative to the file and leads to the package's schema.
      assert.equal(resolve(out, doc.$schema), schemaPath);
      assert.ok(!('images' in doc) && !('force' in doc) && !('mechanic' in doc));
      for (const cue of doc.cues ?? []) assert.ok(cue.length <= 140, `${f}: a cue of ${cue.length} characters`);
      docs.set(doc.id, doc);
    }

    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
    assert.equal(index.length, 873);
    for (const entry of index) {
      const doc = docs.get(entry.id);
      assert.ok(doc, entry.id);
      assert.deepEqual(Object.keys(entry), ['id', 'name', 'level', 'muscles']);
      assert.equal(entry.name, doc.name);
      assert.deepEqual(entry.muscles.primary, doc.muscles.filter((m) => m.role == 'primary').map((m) => m.id));
    }

    // The same files as committed for the demos (apart from "$schema", relative to each folder).
    const demo = join(root, 'demo/exercises/free-exercise-db');
    const demoFiles = (await readdir(demo)).filter((f) => f != 'index.json');
    assert.deepEqual(demoFiles.sort(), files.sort(), 'run `npm run import:fedb` to refresh demo/exercises/free-exercise-db');
    for (const f of demoFiles) {
      const { $schema, ...committed } = JSON.parse(await readFile(join(demo, f), 'utf8'));
      const { $schema: _, ...fresh } = docs.get(f.slice(0, -'.json'.length));
      assert.equal($schema, '../../../schema/exercise.schema.json');
      assert.deepEqual(committed, fresh, `${f} is out of date: run \`npm run import:fedb\``);
    }
    assert.equal(await readFile(join(demo, 'index.json'), 'utf8'), await readFile(join(out, 'index.json'), 'utf8'));
    assert.ok(ms < 5000, `the import took ${ms} ms`);
  });
});

describe('free-exercise-db converter', () => {
  let fedbModule;
  before(async () => {
    fedbModule = await import(new URL('../../dist/import/free-exercise-db.js', import.meta.url));
  });
  const convert = (entry) => fedbModule.convertFreeExerciseDbEntry(entry);
  const base = { id: 'Some_Exercise', name: 'Some Exercise', level: 'beginner', primaryMuscles: ['chest'], secondaryMuscles: [], instructions: ['Do it.'] };

  test('level: beginner and intermediate kept, expert becomes advanced, unknown left out with a note', () => {
    assert.equal(convert({ ...base, level: 'beginner' }).exercise.level, 'beginner');
    assert.equal(convert({ ...base, level: 'intermediate' }).exercise.level, 'intermediate');
    assert.equal(convert({ ...base, level: 'expert' }).exercise.level, 'advanced');
    const odd = convert({ ...base, level: 'elite' });
    assert.equal(odd.exercise.level, undefined);
    assert.deepEqual(odd.changes, ['unknown level "elite" left out']);
  });

  test('equipment: "body only" is an empty list, a named item a one-item list, null and "other" left out', () => {
    assert.deepEqual(convert({ ...base, equipment: 'body only' }).exercise.equipment, []);
    assert.deepEqual(convert({ ...base, equipment: 'e-z curl bar' }).exercise.equipment, ['e-z curl bar']);
    assert.equal('equipment' in convert({ ...base, equipment: null }).exercise, false);
    assert.equal('equipment' in convert({ ...base, equipment: 'other' }).exercise, false);
  });

  test('"Tip:" text becomes a cue, "Note:" text a note; the step keeps the rest', () => {
    const { exercise } = convert({
      ...base,
      instructions: [
        'Sit on the bench. Tip: keep the elbows close to the torso.This will be your starting position.',
        'Stand tall. (Note: a wider stance works the inner thigh more.) Breathe out as you rise.',
        'Tip: Go slowly.',
        'Pull the handle. Tip: Only the forearms move. Note: Your head stays still.',
        'Lower the weight. Tip: Only the forearms move.',
        '   ',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Sit on the bench. This will be your starting position.',
      'Stand tall. Breathe out as you rise.',
      'Pull the handle.',
      'Lower the weight.',
    ]);
    assert.deepEqual(exercise.cues, ['Keep the elbows close to the torso.', 'Go slowly.', 'Only the forearms move.']);
    assert.deepEqual(exercise.notes, ['A wider stance works the inner thigh more.', 'Your head stays still.']);
  });

  test('"Caution:" text stays in its step, in view, not folded away with the notes', () => {
    const { exercise } = convert({
      ...base,
      instructions: [
        'Hold the dumbbell over your chest. This will be your starting position. Caution: always ensure that the dumbbell is secure. Using loose plates can hurt you.',
        'Lift the weight (Caution: avoid swinging the torso) and breathe out. Note: Your head stays still.',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Hold the dumbbell over your chest. This will be your starting position. Caution: Always ensure that the dumbbell is secure. Using loose plates can hurt you.',
      'Lift the weight (Caution: Avoid swinging the torso) and breathe out.',
    ]);
    assert.deepEqual(exercise.notes, ['Your head stays still.']);
  });

  test('slips of the source are mended and recorded: its own list number, a stray number or letter after the last stop, a stop that starts the next line', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: [
        'Grab the bar. 3',
        '2. Hold it for 30',
        'Pull up.v',
        '4. Lower it. Hold onto the band for balance',
        '. Repeat on the same side.',
        '; Breathe.',
        '2. Rest.',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Grab the bar.',
      'Hold it for 30',
      'Pull up.',
      'Lower it. Hold onto the band for balance.',
      'Repeat on the same side.',
      'Breathe.',
      '2. Rest.',
    ]);
    assert.deepEqual(changes, [
      'instruction 1: a stray "3" after its closing full stop removed',
      'instruction 2: its list number "2." removed',
      'instruction 3: a stray "v" after its closing full stop removed',
      'instruction 4: its list number "4." removed',
      'instruction 5: the "." it starts with moved to the end of the step before',
      'instruction 6: the ";" it starts with removed',
    ]);
  });

  test('"Tip" that opens a sentence without its colon is read as "Tip:" and recorded; "Tip" in running text is not', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: ['Lower the weight. Tip Ideally, lowering takes twice as long.', 'Note how the Tip Top bar bends.'],
    });
    assert.deepEqual(exercise.steps, ['Lower the weight.', 'Note how the Tip Top bar bends.']);
    assert.deepEqual(exercise.cues, ['Ideally, lowering takes twice as long.']);
    assert.deepEqual(changes, ['instruction 1: "Tip" without its colon read as "Tip:"']);
  });

  test('parentheses: a ")" that closes nothing is dropped, a "(" left open is closed at the end of its sentence; enumerators stay', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: [
        'Press up. Tip: Take twice as long to go down than to come up).',
        'Lift the bar (keep it close. Stand tall. Tip: Keep the hips low (this stretches the hamstrings.',
        'Choose a) a bench or b) a box (either works).',
      ],
    });
    assert.deepEqual(exercise.steps, ['Press up.', 'Lift the bar (keep it close). Stand tall.', 'Choose a) a bench or b) a box (either works).']);
    assert.deepEqual(exercise.cues, ['Take twice as long to go down than to come up.', 'Keep the hips low (this stretches the hamstrings).']);
    assert.deepEqual(changes, [
      'instruction 1: a ")" that closed nothing removed',
      'instruction 2: a "(" left open closed at the end of its sentence',
      'instruction 2: a "(" left open closed at the end of its sentence',
    ]);
  });

  test('pointers to parts of the source the document does not have are taken out and recorded; the rest of the sentence stands', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: [
        'Stand. (Note: We use the medium stance described above; however you can choose any of the three stances discussed in the foot stances section).',
        'Point your toes straight (or use any of the other two stances described on the foot positioning section). Toes face forward or out as described at the beginning of the chapter.',
        'Step forward. Tip: As in the other exercises, do not let the knee pass the toes.',
        'Roll a small section of pipe under the foot, as described above.',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Stand. (Note: We use the medium stance described above).',
      'Point your toes straight. Toes face forward or out.',
      'Step forward.',
      'Roll a small section of pipe under the foot, as described above.',
    ]);
    assert.deepEqual(exercise.cues, ['Do not let the knee pass the toes.']);
    const pointer = (n, text) => `instruction ${n}: a pointer to a part of the source this document does not have removed ("${text}")`;
    assert.deepEqual(changes, [
      pointer(1, '; however you can choose any of the three stances discussed in the foot stances section'),
      pointer(2, '(or use any of the other two stances described on the foot positioning section)'),
      pointer(2, 'as described at the beginning of the chapter'),
      pointer(3, 'As in the other exercises,'),
    ]);
  });

  test('an aside that leans on its step ("At this point…", "Again, …", "…this portion of the movement") stays in it, label and all', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: [
        'Pull the bar past the knees. Tip: At this point your thighs should be against the bar.',
        'Hold still (Tip: so the forearm is in front of you). Note: Again, only the forearms move.',
        'Stand. Note: We will use the medium stance described above. This will be your starting position.',
        'Lower it. Tip: Keep the arms straight. Inhale as you perform this portion of the movement.',
        'Stand in this grip. Tip: You will keep this hand position throughout. Tip: This is like a hug.',
        'Curl up. Tip: Keep the elbows still. Note: Your head stays still.',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Pull the bar past the knees. Tip: At this point your thighs should be against the bar.',
      'Hold still (Tip: So the forearm is in front of you). Note: Again, only the forearms move.',
      'Stand. Note: We will use the medium stance described above. This will be your starting position.',
      'Lower it. Tip: Keep the arms straight. Inhale as you perform this portion of the movement.',
      'Stand in this grip. Tip: You will keep this hand position throughout. Tip: This is like a hug.',
      'Curl up.',
    ]);
    assert.deepEqual(exercise.cues, ['Keep the elbows still.']);
    assert.deepEqual(exercise.notes, ['Your head stays still.']);
    assert.deepEqual(changes, []);
  });

  test('"Note on grips:" opens a note; "To get into the starting position…" after a note goes back to the step; "at Phase 1" reads "at step 1"', () => {
    const { exercise, changes } = convert({
      ...base,
      instructions: [
        'Grab the bar. Note on grips: For a wide grip, your hands are wider than your shoulders.',
        'You need a V-bar. Note: The V-bar gives a neutral grip. To get into the starting position, sit down on the machine.',
        'Start over at Phase 1 and repeat.',
      ],
    });
    assert.deepEqual(exercise.steps, [
      'Grab the bar.',
      'You need a V-bar. To get into the starting position, sit down on the machine.',
      'Start over at step 1 and repeat.',
    ]);
    assert.deepEqual(exercise.notes, ['For a wide grip, your hands are wider than your shoulders.', 'The V-bar gives a neutral grip.']);
    assert.deepEqual(changes, ['instruction 3: "Phase 1", which this document does not mark, read as "step 1"']);
  });

  test('a tip longer than 140 characters is not a cue: it stays in its step, so the key cue is a short one', () => {
    const setup = 'You will need to adjust the pad so that it falls on top of your lower leg, just above your feet, and your legs form a 90-degree angle at the knee.';
    const short = 'Keep your back flat against the pad at all times.';
    const limit = 'x'.repeat(139) + '.';
    const { exercise } = convert({
      ...base,
      instructions: [`Sit on the machine. Tip: ${setup} This will be your starting position.`, `Extend your legs. Tip: ${short}`, `Lower them. Tip: ${limit}`],
    });
    assert.ok(setup.length > 140);
    assert.deepEqual(exercise.steps, [`Sit on the machine. Tip: ${setup} This will be your starting position.`, 'Extend your legs.', 'Lower them.']);
    assert.deepEqual(exercise.cues, [short, 'X'.concat(limit.slice(1))]);
  });

  test('muscles: coarse names expand to vocabulary ids, primary first, no id twice, primary wins', () => {
    const { exercise, changes } = convert({ ...base, primaryMuscles: ['traps', 'lower back'], secondaryMuscles: ['middle back', 'shoulders', 'traps', 'tail'] });
    assert.deepEqual(exercise.muscles, [
      { id: 'upper-trapezius', role: 'primary' },
      { id: 'middle-trapezius', role: 'primary' },
      { id: 'lower-trapezius', role: 'primary' },
      { id: 'erector-spinae', role: 'primary' },
      { id: 'anterior-deltoid', role: 'secondary' },
      { id: 'lateral-deltoid', role: 'secondary' },
      { id: 'posterior-deltoid', role: 'secondary' },
    ]);
    assert.deepEqual(changes, ['unknown muscle name "tail" left out']);
  });

  test('id, name, source and what is dropped (force, mechanic, images)', () => {
    const { exercise } = convert({ ...base, id: 'Barbell_Bench_Press_-_Medium_Grip', name: ' Barbell Bench Press ', force: 'push', mechanic: 'compound', images: ['a/0.jpg'], category: 'strength' });
    assert.deepEqual(exercise, {
      schemaVersion: 1,
      id: 'barbell-bench-press-medium-grip',
      name: 'Barbell Bench Press',
      lang: 'en',
      level: 'beginner',
      category: 'strength',
      muscles: [{ id: 'pectoralis-major', role: 'primary' }],
      steps: ['Do it.'],
      source: { title: 'Barbell Bench Press', author: 'free-exercise-db contributors', license: 'Unlicense (public domain)' },
    });
  });

  test('slugs are unique across a set, in input order, and reserved ids are never used', () => {
    const set = fedbModule.convertFreeExerciseDb(
      [
        { ...base, id: 'Push_Up' },
        { ...base, id: 'Push-Up' },
        { ...base, id: 'push up' },
        { ...base, id: 'Index' },
      ],
      ['index'],
    );
    assert.deepEqual(set.map((c) => c.exercise.id), ['push-up', 'push-up-2', 'push-up-3', 'index-2']);
    assert.deepEqual(set[1].changes, ['id changed from "push-up" to "push-up-2" to stay unique']);
    assert.equal(fedbModule.exerciseSlug('Crêpe  Curl__(Ü)'), 'crepe-curl-u');
    assert.equal(fedbModule.exerciseSlug('***'), 'exercise');
    assert.ok(fedbModule.exerciseSlug('word-'.repeat(40)).length <= 100);
  });

  test('a malformed entry gives a document that fails validation, never an exception', () => {
    for (const entry of [null, 42, 'x', [], { name: 5, primaryMuscles: 'chest', instructions: [1, null] }]) {
      const { exercise } = convert(entry);
      assert.equal(exercise.schemaVersion, 1);
      assert.equal(exercise.name, '');
    }
  });
});

describe('JSON locator', () => {
  let parseJsonWithPositions;
  let fc;
  before(async () => {
    ({ parseJsonWithPositions } = await import(new URL('../../dist/schema/json-locate.js', import.meta.url)));
    fc = (await import('fast-check')).default;
  });

  // Paths as the validator writes them (keys over 40 characters are shortened there, so skipped here).
  const join = (path, key) =>
    typeof key == 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
  function* paths(value, path = '') {
    yield [path, value];
    if (Array.isArray(value)) for (let k = 0; k < value.length; k++) yield* paths(value[k], join(path, k));
    else if (value && typeof value == 'object') for (const [k, v] of Object.entries(value)) if (k.length <= 40) yield* paths(v, join(path, k));
  }
  const offsetOf = (text, { line, column }) => {
    const lines = text.split('\n');
    return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Array.from(lines[line - 1]).slice(0, column - 1).join('').length;
  };

  test('every value of any JSON text is located at its first character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = parseJsonWithPositions(text);
        assert.ok(parsed.ok);
        assert.deepEqual(parsed.value, JSON.parse(text));
        for (const [path, inner] of paths(JSON.parse(text))) {
          const at = offsetOf(text, parsed.locate(path));
          assert.equal(text[at], JSON.stringify(inner)[0], `${path} in ${text}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('accepts exactly what JSON.parse accepts (texts with one character changed)', () => {
    const alphabet = [...'{}[]:,"\\ \n-.0123456789eE+truefalsn/\'xu'];
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom('insert', 'replace', 'delete'), (value, n, c, op) => {
        const text = JSON.stringify(value, null, 1);
        const k = n % (text.length + 1);
        const changed = op == 'insert' ? text.slice(0, k) + c + text.slice(k) : op == 'replace' ? text.slice(0, k) + c + text.slice(k + 1) : text.slice(0, k) + text.slice(k + 1);
        let native = true;
        try {
          JSON.parse(changed);
        } catch {
          native = false;
        }
        const ours = parseJsonWithPositions(changed);
        assert.equal(ours.ok, native, JSON.stringify(changed));
        if (!ours.ok) assert.ok(ours.error.line >= 1 && ours.error.column >= 1 && ours.error.message);
      }),
      { numRuns: 800 },
    );
  });
});
