/**
 * The Trusted Types policy that lets the card write its JSON-LD (a data block, never run) on
 * pages that enforce `require-trusted-types-for 'script'`: such a page lists it next to Lit's,
 * `trusted-types lit-html exercise-elements`. It only passes text that parses as JSON.
 */
export const JSON_SCRIPT_POLICY = 'exercise-elements';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesLike {
  defaultPolicy?: unknown;
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

// One per copy of the library: a policy name can only be created once per page (unless the
// page allows duplicates), so it is made on first use and kept.
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(tt: TrustedTypesLike): ScriptPolicy | null {
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(JSON_SCRIPT_POLICY, {
        createScript: (text) => {
          JSON.parse(text); // throws on anything that is not JSON: no code gets through
          return text;
        },
      });
    } catch {
      // The page's CSP does not allow this policy name (or it exists already).
      policy = null;
      console.warn(
        `[exercise-elements] this page enforces Trusted Types: allow the policy "${JSON_SCRIPT_POLICY}" ` +
          `(trusted-types lit-html ${JSON_SCRIPT_POLICY}) for the card's schema.org JSON-LD.`,
      );
    }
  }
  return policy;
}

/**
 * Sets the text of a `<script type="application/ld+json">` (or another JSON data block).
 * Returns false when the page enforces Trusted Types without allowing our policy (and its
 * default policy, if any, refuses); the script is then left empty.
 */
export function setJsonScriptText(script: HTMLScriptElement, json: string): boolean {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) {
    script.textContent = json;
    return true;
  }
  const own = scriptPolicy(tt);
  if (own) {
    (script as unknown as { text: unknown }).text = own.createScript(json);
    return true;
  }
  if (!tt.defaultPolicy) return false;
  try {
    script.textContent = json; // the page's default policy decides
    return true;
  } catch {
    return false;
  }
}
