import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SetTimer } from '../../src/set-timer/set-timer.js';
import type { Exercise } from '../../src/schema/exercise-types.js';

// A real Document Picture-in-Picture window (Chromium, on localhost: a secure context), opened by
// a real click, as a fitness site would pop its timer out. test/shared/other-document.test.ts
// covers the same moves with iframes, under a fake clock.

interface PipApi {
  requestWindow(options: { width: number; height: number }): Promise<Window>;
}
const pipApi = (globalThis as { documentPictureInPicture?: PipApi }).documentPictureInPicture;

/**
 * The computed styles our shadow styles decide for a host and its parts. Not the colours: the
 * elements follow each window's light or dark preference, and the two windows may differ.
 */
function looks(host: Element): string[] {
  const view = host.ownerDocument.defaultView!;
  const of = (el: Element) => ['display', 'padding-top', 'border-top-style', 'font-size', 'font-weight'].map((p) => view.getComputedStyle(el).getPropertyValue(p)).join(' ');
  return [of(host), ...[...host.shadowRoot!.querySelectorAll('[part]')].map((el) => `${el.getAttribute('part')}: ${of(el)}`)];
}

const face = (t: SetTimer) => t.shadowRoot!.querySelector('.time')?.textContent?.trim() ?? '';

(pipApi ? describe : describe.skip)('in a Document Picture-in-Picture window', () => {
  let lunge: Exercise;
  before(async () => {
    lunge = (await (await fetch('/demo/exercises/reverse-lunge.json')).json()) as Exercise;
  });

  it('a running <set-timer> popped out keeps its look and keeps counting there, and comes back', async () => {
    // The same width in both windows: the timer's layout follows its width.
    const home = await fixture<HTMLElement>(html`<div><button>Pop out</button><div style="width: 300px"></div></div>`);
    const timer = home.lastElementChild!.appendChild(Object.assign(document.createElement('set-timer'), { exercise: lunge }));
    timer.start();
    await timer.updateComplete;
    // Running, as it will be there: the time's size follows what it shows.
    const before = looks(timer);
    expect(before[0]).to.match(/^block /);
    let pip: Window | undefined;
    const opened = new Promise<Window>((resolve, reject) => {
      home.querySelector('button')!.addEventListener('click', () => {
        // requestWindow() needs the reader's click: a real one, through the browser.
        pipApi!.requestWindow({ width: 360, height: 520 }).then((win) => {
          const box = win.document.body.appendChild(win.document.createElement('div'));
          box.style.width = '300px';
          box.append(timer);
          resolve(win);
        }, reject);
      });
    });
    const box = home.querySelector('button')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    try {
      pip = await opened;
      await timer.updateComplete;
      expect(timer.ownerDocument).to.equal(pip.document);
      expect(looks(timer), 'styled in the Picture-in-Picture window').to.deep.equal(before);
      const shown = face(timer);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await timer.updateComplete;
      expect(timer.state.status).to.equal('running');
      expect(face(timer), 'the face counts there').to.not.equal(shown);
    } finally {
      home.lastElementChild!.append(timer);
      pip?.close();
    }
    await timer.updateComplete;
    expect(looks(timer), 'styled again at home').to.deep.equal(before);
    timer.reset();
  });
});
