import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export type Scheme = { colorScheme: 'light' | 'dark' } | { forcedColors: 'active' };

/** The colour schemes every figure must read in: light, dark and forced colours. */
export const SCHEMES: readonly Scheme[] = [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }];

/**
 * Emulates one colour scheme. Forced colours go through our own command: the built-in
 * emulateMedia({ forcedColors }) does nothing under Puppeteer. Checked, so no test can pass by
 * emulating nothing.
 */
export async function emulateScheme(scheme: Scheme): Promise<void> {
  const forced = 'forcedColors' in scheme;
  await executeServerCommand('emulate-forced-colors', { active: forced });
  await emulateMedia({ colorScheme: forced ? 'light' : scheme.colorScheme });
  if (matchMedia('(forced-colors: active)').matches !== forced) throw new Error(`could not emulate ${JSON.stringify(scheme)}`);
}

/** Back to light, no forced colours. */
export const resetScheme = () => emulateScheme({ colorScheme: 'light' });
