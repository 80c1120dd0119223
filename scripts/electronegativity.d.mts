// Types of scripts/electronegativity.mjs, for its unit test.
export interface ScannedFile {
  source: string;
  scannedAs: string;
}
export interface Finding {
  id: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: string;
  /** Path of the scanned copy (`electron/main.js`), or 'N/A' for a whole-application finding. */
  file: string;
  line: number;
  column: number;
  /** The flagged line, trimmed. */
  code: string;
  description: string;
}
export interface ScanError {
  file: string;
  message: string;
}
export interface ScanResult {
  findings: Finding[];
  errors: ScanError[];
}
export interface ReviewedException {
  check: string;
  file: string;
  code: string;
  reason: string;
  test: string;
}
export interface Outcome {
  failures: Finding[];
  excused: Finding[];
  minor: Finding[];
  staleExceptions: ReviewedException[];
  parseErrors: ScanError[];
}
export const FAILING_SEVERITIES: readonly string[];
export const EXCEPTIONS_FILE: string;
export const SHIPPED_FILES: readonly ScannedFile[];
export function scan(options?: { root?: string; files?: readonly ScannedFile[]; electronVersion?: string }): Promise<ScanResult>;
export function loadExceptions(path?: string): ReviewedException[];
export function review(result: ScanResult, exceptions: readonly ReviewedException[]): Outcome;
export function passed(outcome: Outcome): boolean;
