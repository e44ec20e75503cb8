export const DEFAULT_SCRIPT_URL: string;
export function escapeAttribute(value: unknown): string;
export function jsonForScript(value: unknown, indent?: string): string;
export function classicUrl(url: string): string;
export function buildSnippet(options: {
  value?: unknown;
  mode: 'inline' | 'src';
  src?: string;
  scriptUrl?: string;
  classic?: boolean;
  includeScript?: boolean;
  sections?: string;
  layout?: string;
  theme?: string;
  accent?: string;
}): string;
