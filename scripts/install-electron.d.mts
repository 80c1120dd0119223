// Types of scripts/install-electron.mjs, for its unit test.
export interface InstallOutcome {
  installed: boolean;
  /** The one line printed after the install, or null when there is nothing to say. */
  line: string | null;
}
export function downloadFailureReason(stderr: string): string;
export function installElectron(options?: {
  installScript?: string | null;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  binaryPresent?: () => boolean;
}): Promise<InstallOutcome>;
