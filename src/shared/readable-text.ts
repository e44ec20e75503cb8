/** The value if it is text with something in it besides spaces; otherwise undefined. */
export const readableText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
