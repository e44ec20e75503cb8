export interface Problem {
  kind: 'syntax' | 'error' | 'warning';
  path: string;
  message: string;
  line: number;
  column: number;
}
export interface Diagnosis {
  parsed: boolean;
  value?: unknown;
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}
export function diagnose(text: string): Diagnosis;
export function offsetAt(text: string, line: number, column: number): number;
export function summary(d: Diagnosis): string;
