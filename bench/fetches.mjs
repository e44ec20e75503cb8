// Item 4, what a reader's browser fetches before they touch anything: the reverse-lunge card
// with its six videos, against the same card followed by six YouTube iframes (and, for
// reference, six lite-youtube-embed facades). Offline: every request that leaves our server
// is counted and aborted, never fetched, so the third-party figures are the requests the page
// makes itself, not what each of them would pull in turn.
import { readFile } from 'node:fs/promises';

/** Six made-up YouTube ids, 11 characters like the real ones. */
export const VIDEO_IDS = ['bQ4rLx9TfZs', 'Kp2vN8wYhEc', 'x7GmTq3LdJa', 'R5uHc0zWbPk', 'fN6jYs1VeXo', 'Lw9aDg4QmUt'];

/** The reverse lunge with each of its six videos given a YouTube id. */
export async function lungeWithVideos(root) {
  const doc = JSON.parse(await readFile(`${root}demo/exercises/reverse-lunge.json`, 'utf8'));
  delete doc.$schema;
  doc.videos = doc.videos.map((video, i) => ({ ...video, provider: 'youtube', videoId: VIDEO_IDS[i] }));
  return doc;
}

const SECTIONS_WITHOUT_VIDEOS = 'prescription muscles setup steps cues mistakes timer benefits uses feel source';

/** The three pages, identical but for how the videos are embedded. */
export function videoPages(doc) {
  const page = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Reverse lunge</title>
<script type="module" src="/dist/exercise-elements.js"></script>${head}
</head><body><main style="max-width: 760px; margin: 0 auto"><h1>Reverse lunge</h1>
${body}
</main></body></html>`;
  const card = (attrs = '') => `<exercise-card src="/bench/data/reverse-lunge-videos.json"${attrs}></exercise-card>`;
  const titles = doc.videos.map((v) => v.title.replaceAll('"', '&quot;'));
  return {
    ours: page('', card()),
    iframes: page(
      '',
      `${card(` sections="${SECTIONS_WITHOUT_VIDEOS}"`)}\n<h2>Videos</h2>\n` +
        VIDEO_IDS.map(
          (id, i) =>
            `<iframe width="560" height="315" src="https://www.youtube.com/embed/${id}" title="${titles[i]}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`,
        ).join('\n'),
    ),
    lite: page(
      `\n<link rel="stylesheet" href="/node_modules/lite-youtube-embed/src/lite-yt-embed.css" />\n<script src="/node_modules/lite-youtube-embed/src/lite-yt-embed.js"></script>`,
      `${card(` sections="${SECTIONS_WITHOUT_VIDEOS}"`)}\n<h2>Videos</h2>\n` +
        VIDEO_IDS.map((id, i) => `<lite-youtube videoid="${id}" playlabel="${titles[i]}"></lite-youtube>`).join('\n'),
    ),
  };
}

/** Requests and bytes of one page until the network has been quiet for half a second. */
async function fetchesOf(context, origin, path) {
  const page = await context.newPage();
  const firstParty = [];
  const thirdParty = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    thirdParty.push(url);
    return route.abort('blockedbyclient');
  });
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Proof that each page shows its six videos (our facades live in the card's shadow root).
  const videos = await page.evaluate(
    () =>
      (document.querySelector('exercise-card')?.shadowRoot?.querySelectorAll('[part~="video-facade"]').length ?? 0) +
      document.querySelectorAll('iframe, lite-youtube').length,
  );
  for (const request of finished) {
    if (!request.url().startsWith(origin)) continue;
    const sizes = await request.sizes();
    firstParty.push({ url: request.url().slice(origin.length), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  }
  await page.close();
  const hosts = [...new Set(thirdParty.map((u) => new URL(u).host))];
  return {
    videos,
    requests: firstParty.length + thirdParty.length,
    firstParty: firstParty.length,
    firstPartyBytes: firstParty.reduce((a, r) => a + r.bytes, 0),
    thirdParty: thirdParty.length,
    hosts,
  };
}

export async function measureFetches(context, origin) {
  return {
    ours: await fetchesOf(context, origin, '/bench/pages/videos-ours.html'),
    iframes: await fetchesOf(context, origin, '/bench/pages/videos-iframes.html'),
    lite: await fetchesOf(context, origin, '/bench/pages/videos-lite.html'),
  };
}
