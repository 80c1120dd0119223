import type { WorkspaceRecords } from '../../shared/samples/workspace';

declare global {
  interface Window {
    teamshapeBench: {
      generate(size: 'S' | 'M' | 'L', today: string): WorkspaceRecords;
      counts(records: WorkspaceRecords): Record<string, number>;
      loadViaApp(records: WorkspaceRecords): Promise<number>;
      loadRaw(records: WorkspaceRecords): Promise<number>;
      clear(): Promise<void>;
    };
  }
}
