import type { Exercise, ValidationIssue } from './exercise-types.js';
import { validateExercise } from './validate.js';

/** Documents larger than this are refused before parsing (bytes). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** A `src` fetch that has not finished by then is abandoned (milliseconds). */
export const FETCH_TIMEOUT_MS = 10_000;

/** What loading a document produced: a valid exercise, or the reasons it could not be used. */
export interface LoadResult {
  exercise?: Exercise;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** True when trying again might help (network trouble, timeout, server error). */
  retryable: boolean;
}

const failure = (path: string, message: string, retryable = false): LoadResult => ({
  errors: [{ path, message }],
  warnings: [],
  retryable,
});

/** Validates an already-parsed value (the `.exercise` property, or parsed JSON). */
export function checkExercise(value: unknown): LoadResult {
  // The validator's result has the exercise (the value itself) only when it is valid, and no errors then.
  const { valid, ...result } = validateExercise(value);
  return { ...result, retryable: false };
}

/**
 * Parses JSON text, then validates it. `where` names the text's origin for messages. Any other value
 * is read as its JSON text: the size limit applies to it too, and what is shown is a validated copy,
 * which the page cannot change under the element (a document edited in place would otherwise
 * reach the next render unchecked).
 */
export function parseExercise(input: unknown, where = 'document'): LoadResult {
  let value: unknown;
  try {
    const text = typeof input == 'string' ? input : (JSON.stringify(input) ?? '');
    if (text.length > MAX_DOCUMENT_BYTES) {
      return failure(where, `is too large (${formatBytes(text.length)}); the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}.`);
    }
    if (text.trim() === '') return failure(where, 'is empty; expected a JSON exercise document.');
    value = JSON.parse(text);
  } catch (error) {
    return failure(where, `is not JSON: ${(error as Error).message}`);
  }
  return checkExercise(value);
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

/**
 * Fetches a document from `url` (resolved against the page), with a timeout and a size limit,
 * and validates it. Never throws: every failure becomes a readable error.
 */
export async function fetchExercise(url: string, options: FetchOptions = {}): Promise<LoadResult> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_DOCUMENT_BYTES } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  // A long URL named in a message is shortened: a 100,000-character one made the panel 77,564 px tall.
  const named = url.length > 120 ? `${url.slice(0, 80)}…${url.slice(-30)}` : url;
  // What fetch cannot load (javascript:, file:, a malformed URL) is said so, with no retry: it was
  // reported as a network failure with a "Try again" that could not help.
  let protocol = '';
  try {
    protocol = new URL(url, globalThis.document?.baseURI).protocol;
  } catch {}
  if (!/^(https?|data|blob):$/.test(protocol)) {
    return failure('src', `${named} cannot be loaded (expects an http(s), data: or blob: URL).`);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await doFetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure('src', `the server answered HTTP ${status} for ${named}.`, response.status >= 500 || response.status === 429);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      return failure('src', `the document is too large (${formatBytes(declared)}); the limit is ${formatBytes(maxBytes)}.`);
    }
    const text = await readText(response, maxBytes);
    if (text === undefined) {
      return failure('src', `the document is larger than the limit of ${formatBytes(maxBytes)}.`);
    }
    const parsed = parseExercise(text, 'src');
    if (!parsed.exercise && parsed.errors[0]?.message.startsWith('is not JSON')) {
      const type = response.headers.get('content-type');
      if (type && !/json/i.test(type)) parsed.errors[0].message += ` (the server sent ${type.split(';')[0]})`;
    }
    return parsed;
  } catch (error) {
    if (timedOut) return failure('src', `${named} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`, true);
    if (options.signal?.aborted) return failure('src', 'loading was cancelled.');
    // fetch rejects with a TypeError for network errors and CORS refusals alike.
    return failure('src', `could not load ${named} (network error or blocked by CORS): ${(error as Error).message}`, true);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Reads a body as text, giving up (undefined) as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function formatBytes(bytes: number): string {
  // Rounded up, as the KB are: 2 MB and 1 byte is not "2.0 MB", the limit itself.
  return bytes >= 1024 * 1024 ? `${(Math.ceil(bytes / 104857.6) / 10).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
