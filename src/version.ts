/** The library's version; `test/shared/version.test.ts` keeps it equal to package.json's. */
export const VERSION = '0.1.0';
