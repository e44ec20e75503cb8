const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers strip ASCII tab and newlines anywhere in a URL and C0 controls/space at its ends,
// so "java\tscript:" is still javascript:. Normalise the same way before looking at the scheme.
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/**
 * The URL if it is http, https or relative; otherwise undefined, with one console warning.
 * Document data is untrusted: `javascript:`, `data:`, `vbscript:` and the rest never reach an
 * href or src. `context` names the URL in that warning ("video URL", "source URL").
 */
export function safeUrl(value: unknown, context: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.replace(STRIPPED, '').replace(EDGES, '');
  if (url === '') return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return url;
  console.warn(
    `[exercise-elements] dropped ${context} "${url.slice(0, 80)}": only http, https and relative URLs are allowed.`,
  );
  return undefined;
}
