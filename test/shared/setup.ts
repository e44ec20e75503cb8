/**
 * Loaded before every test file (see web-test-runner.config.mjs). A failed expectation whose
 * value is a DOM node is reported as its markup: the runner otherwise serialises the node whole,
 * and one of our rendered elements reaches so far (shadow root, Lit's parts, the document) that
 * the report stalls until the run times out, with no message.
 */
const asText = (value: unknown): unknown =>
  value instanceof Element ? value.outerHTML.slice(0, 300) : value instanceof Node ? value.nodeName : value;

afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  err.actual = asText(err.actual);
  err.expected = asText(err.expected);
});
