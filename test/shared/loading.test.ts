import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { ProbeElement, minimalExercise } from './probe-element.js';
import '../../src/exercise-card/define.js';
import { FETCH_TIMEOUT_MS, MAX_DOCUMENT_BYTES } from '../../src/schema/load-exercise.js';

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

async function errorsOf(el: ProbeElement) {
  const event = await oneEvent(el, 'exercise-error');
  await el.updateComplete;
  return event.detail.errors as { path: string; message: string }[];
}

function expectPanel(el: Element, pattern: RegExp) {
  const panel = el.shadowRoot!.querySelector('[part="error"]');
  expect(panel, 'error panel').to.exist;
  expect(panel!.getAttribute('role')).to.equal('alert');
  expect(panel!.textContent).to.match(pattern);
}

describe('loading an exercise', () => {
  describe('data paths', () => {
    it('takes the .exercise property and announces it', async () => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.exercise = minimalExercise;
      const loaded = oneEvent(el, 'exercise-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.exercise.name).to.equal('Probe Squat');
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(shadowText(el, '.name')).to.equal('Probe Squat');
      el.remove();
    });

    it('reads an inline <script type="application/json"> child, as text not HTML', async () => {
      const el = await fixture<ProbeElement>(html`<probe-element
        ><script type="application/json">
          { "schemaVersion": 1, "id": "inline", "name": "<img src=x onerror=alert(1)> Inline Lunge" }
        </script></probe-element
      >`);
      await el.updateComplete;
      expect(shadowText(el, '.name')).to.equal('<img src=x onerror=alert(1)> Inline Lunge');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('fetches the src URL, relative to the page', async () => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.src = '/demo/exercises/reverse-lunge.json';
      const loaded = oneEvent(el, 'exercise-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(shadowText(el, '.name')).to.equal('Reverse Lunge for Glutes');
      el.remove();
    });

    it('a load cut short by a move or a removal starts again when the element is back, and ends', async () => {
      for (const back of ['moved', 'removed, then added again']) {
        const el = document.createElement('probe-element') as ProbeElement;
        el.src = '/__fixtures/slow?ms=300';
        document.body.append(el);
        await el.updateComplete; // the fetch is under way
        expect(el.shadowRoot!.querySelector('[part="loading"]'), back).to.exist;
        const other = document.createElement('div');
        document.body.append(other);
        if (back === 'moved') other.append(el);
        else {
          el.remove();
          await new Promise((r) => setTimeout(r, 50));
          other.append(el);
        }
        // It stayed on "Loading" for good: the aborted fetch was never started again.
        await waitUntil(() => shadowText(el, '.name') === 'Slow Squat', `loaded after being ${back}`, { timeout: 3000 });
        other.remove();
      }
    });

    it('with no document it can read, shows its own fallback HTML and says why (the card went blank and hid it)', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<HTMLElement>(html`<exercise-card
          ><h2>Reverse lunge</h2
          ><script type="text/json">
            { "schemaVersion": 1, "id": "x", "name": "Not read" }
          </script></exercise-card
        >`);
        const fallback = el.querySelector('h2')!;
        expect(fallback.getBoundingClientRect().height, 'the fallback is shown').to.be.greaterThan(0);
        expect(warn.args.map((a) => a[0])).to.deep.equal([
          '[exercise-elements] <exercise-card>: <script type="text/json"> ignored (expects a child <script type="application/json">).',
        ]);
      } finally {
        warn.restore();
      }
    });

    it('follows redirects', async () => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.src = '/__fixtures/redirect';
      const loaded = oneEvent(el, 'exercise-load');
      document.body.append(el);
      expect((await loaded).detail.exercise.id).to.equal('reverse-lunge');
      el.remove();
    });

    it('is given its exercise by an enclosing <exercise-card> through context', async () => {
      const card = await fixture(html`<exercise-card .exercise=${minimalExercise}
        ><probe-element></probe-element
      ></exercise-card>`);
      const probe = card.querySelector('probe-element') as ProbeElement;
      await waitUntil(() => shadowText(probe, '.name') === 'Probe Squat', 'context did not arrive');
    });

    it('gives precedence to property, then inline JSON, then src, then context', async () => {
      const card = await fixture(html`<exercise-card .exercise=${{ ...minimalExercise, name: 'From context' }}
        ><probe-element src="/demo/exercises/reverse-lunge.json"
          ><script type="application/json">
            { "schemaVersion": 1, "id": "inline", "name": "From inline" }
          </script></probe-element
        ></exercise-card
      >`);
      const probe = card.querySelector('probe-element') as ProbeElement;
      await probe.updateComplete;
      expect(shadowText(probe, '.name')).to.equal('From inline');
      probe.exercise = { ...minimalExercise, name: 'From property' };
      await probe.updateComplete;
      expect(shadowText(probe, '.name')).to.equal('From property');
      probe.exercise = undefined;
      probe.querySelector('script')!.remove();
      await waitUntil(() => shadowText(probe, '.name') === 'Reverse Lunge for Glutes', 'src did not win');
      probe.removeAttribute('src');
      await waitUntil(() => shadowText(probe, '.name') === 'From context', 'context did not win');
    });

    it('picks up inline JSON added after the element upgraded', async () => {
      const el = await fixture<ProbeElement>(html`<probe-element></probe-element>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...minimalExercise, name: 'Late' });
      el.append(script);
      await waitUntil(() => shadowText(el, '.name') === 'Late');
    });

    it('does not update again for a child that is not its source, but does when the inline JSON changes', async () => {
      const el = await fixture<ProbeElement>(html`<probe-element></probe-element>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(minimalExercise);
      el.append(script);
      await waitUntil(() => shadowText(el, '.name') === 'Probe Squat');
      const update = sinon.spy(el as unknown as { update: () => void }, 'update');
      el.append(document.createElement('span'));
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.isUpdatePending).to.equal(false);
      expect(update.callCount).to.equal(0);
      script.textContent = JSON.stringify({ ...minimalExercise, name: 'Edited' });
      await waitUntil(() => shadowText(el, '.name') === 'Edited');
      expect(update.callCount).to.equal(1);
    });

    it('accepts JSON text in the .exercise property', async () => {
      const el = await fixture<ProbeElement>(html`<probe-element .exercise=${JSON.stringify(minimalExercise)}></probe-element>`);
      expect(shadowText(el, '.name')).to.equal('Probe Squat');
    });
    it('shows the copy it validated: a document changed in place cannot reach a render unchecked (the next render threw)', async () => {
      const doc: Record<string, unknown> = { ...minimalExercise, steps: ['Stand tall.', 'Sit back.'] };
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean>; reload(): void }>(
        html`<exercise-card .exercise=${doc}></exercise-card>`,
      );
      doc.steps = 5;
      doc.name = 'Changed';
      el.setAttribute('layout', 'compact');
      await el.updateComplete; // rejected when the render threw
      el.removeAttribute('layout');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2, h3')?.textContent).to.contain('Probe Squat');
      expect(el.shadowRoot!.querySelectorAll('.step')).to.have.length(2);
      // reload() reads it again, and validates it.
      const errors = oneEvent(el, 'exercise-error');
      el.reload();
      expect((await errors).detail.errors[0].path).to.equal('steps');
    });

    it('refuses an .exercise object above the size limit, as it does text (objects were not measured)', async () => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.exercise = { ...minimalExercise, summary: 'x'.repeat(MAX_DOCUMENT_BYTES) };
      const errors = errorsOf(el);
      document.body.append(el);
      expect((await errors)[0].message).to.match(/^is too large \(2\.1 MB\); the limit is 2\.0 MB/);
      el.remove();
    });

    it('says an .exercise object that cannot be JSON is not JSON (a cycle)', async () => {
      const doc: Record<string, unknown> = { ...minimalExercise };
      doc.self = doc;
      const el = document.createElement('probe-element') as ProbeElement;
      el.exercise = doc;
      const errors = errorsOf(el);
      document.body.append(el);
      expect((await errors)[0]).to.deep.include({ path: 'exercise' });
      expect((await errors)[0].message).to.match(/^is not JSON: .*circular/i);
      el.remove();
    });
  });

  describe('failures end in the error panel and exercise-error', () => {
    const load = (src: string) => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.src = src;
      const errors = errorsOf(el);
      document.body.append(el);
      return { el, errors };
    };
    afterEach(() => document.querySelectorAll('probe-element').forEach((el) => el.remove()));

    it('names the HTTP status (404)', async () => {
      const { el, errors } = load('/__fixtures/status/404');
      expect((await errors)[0].message).to.match(/HTTP 404/);
      expectPanel(el, /HTTP 404/);
      expect(el.shadowRoot!.querySelector('[part="retry"]'), 'no retry for a 404').to.be.null;
    });

    it('offers a retry for a server error (500)', async () => {
      const { el, errors } = load('/__fixtures/status/500');
      expect((await errors)[0].message).to.match(/HTTP 500/);
      expectPanel(el, /HTTP 500/);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    });

    it('says when the answer is not JSON, naming the content type', async () => {
      const { el, errors } = load('/__fixtures/html');
      expect((await errors)[0].message).to.match(/not JSON.*text\/html/);
      expectPanel(el, /not JSON/);
    });

    it('says when the answer is empty', async () => {
      const { el, errors } = load('/__fixtures/empty');
      expect((await errors)[0].message).to.match(/empty/);
      expectPanel(el, /empty/);
    });

    it('refuses a document above the size limit', async () => {
      const { el, errors } = load('/__fixtures/huge?mb=3');
      expect(MAX_DOCUMENT_BYTES).to.be.below(3 * 1024 * 1024);
      expect((await errors)[0].message).to.match(/too large|larger than the limit/);
      expectPanel(el, /limit/);
    });

    it('reports a network error', async () => {
      // Port 9 (discard) is closed here: the fetch fails at the network level.
      const { el, errors } = load('http://127.0.0.1:9/exercise.json');
      expect((await errors)[0].message).to.match(/network error/);
      expectPanel(el, /could not load/);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    });

    it('gives up after 10 seconds and retries on request', async () => {
      let clock: sinon.SinonFakeTimers | undefined;
      try {
        clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const { el, errors } = load('/__fixtures/stall');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="loading"]'), 'placeholder while loading').to.exist;
        await clock.tickAsync(FETCH_TIMEOUT_MS - 1);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
        await clock.tickAsync(1);
        expect((await errors)[0].message).to.match(/did not answer within 10 seconds/);
        clock.uninstall();
        clock = undefined;
        expectPanel(el, /10 seconds/);
        el.src = '/demo/exercises/reverse-lunge.json';
        await el.updateComplete;
        // Same src as before would be retried through the button; a new src loads at once.
        await waitUntil(() => shadowText(el, '.name') === 'Reverse Lunge for Glutes');
      } finally {
        clock?.uninstall();
      }
    });

    it('shortens a long URL it names (a 100,000-character one made the panel 77,564 px tall)', async () => {
      const { el, errors } = load(`/__fixtures/status/404?q=${'x'.repeat(5_000)}`);
      const [error] = await errors;
      expect(error!.message.length).to.be.lessThan(200);
      expect(error!.message).to.match(/^the server answered HTTP 404 Not Found for \/__fixtures\/status\/404\?q=x+…x{30}\.$/);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.getBoundingClientRect().height).to.be.lessThan(400);
    });

    it('says when a src is not a URL it can load, with no "Try again" (javascript:, file:, malformed)', async () => {
      for (const src of ['javascript:alert(1)', 'file:///etc/passwd', 'http://[::1']) {
        const { el, errors } = load(src);
        const [error] = await errors;
        expect(error!.message, src).to.equal(`${src} cannot be loaded (expects an http(s), data: or blob: URL).`);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="retry"]'), src).to.equal(null);
      }
    });

    it('the retry button loads the document again', async () => {
      const { el, errors } = load('/__fixtures/status/503');
      await errors;
      // The server recovers: point the same element at a working URL through its retry path.
      el.setAttribute('src', '/demo/exercises/reverse-lunge.json');
      await waitUntil(() => shadowText(el, '.name') === 'Reverse Lunge for Glutes');
      el.setAttribute('src', '/__fixtures/status/503');
      await oneEvent(el, 'exercise-error');
      await el.updateComplete;
      const retried = oneEvent(el, 'exercise-error');
      (el.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'loading again').to.exist;
      await retried;
    });

    it('lists every problem of an invalid document with its path', async () => {
      const el = document.createElement('probe-element') as ProbeElement;
      el.exercise = { schemaVersion: 1, id: 'Bad Id', name: '', steps: [1] };
      const errors = errorsOf(el);
      document.body.append(el);
      const list = await errors;
      const paths = list.map((e) => e.path);
      expect(paths).to.include.members(['id', 'name', 'steps[0]']);
      const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent);
      expect(items.length).to.equal(list.length);
      expect(items.join('\n')).to.contain('steps[0]');
    });

    it('warns about unknown fields but still renders', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<ProbeElement>(html`<probe-element .exercise=${{ ...minimalExercise, colour: 'red' }}></probe-element>`);
        expect(shadowText(el, '.name')).to.equal('Probe Squat');
        expect(warnings.join('\n')).to.match(/colour/);
      } finally {
        console.warn = original;
      }
    });
  });
});
