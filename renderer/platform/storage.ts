/**
 * Persistent storage: without it a browser may delete the site's IndexedDB when the disk runs
 * low ("best effort" storage). Teamshape asks once at startup and Settings warns when refused.
 */
export type StoragePersistence = 'persisted' | 'not-persisted' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persisted === 'function' ? navigator.storage : undefined;
}

export async function requestPersistentStorage(): Promise<StoragePersistence> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export async function storagePersistence(): Promise<StoragePersistence> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
