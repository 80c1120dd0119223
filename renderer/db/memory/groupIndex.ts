/**
 * Records of one table grouped by a field (team → its memberships, key result → its check-ins),
 * kept current record by record so a change costs the size of the change, not of the table.
 */
export class GroupIndex<R extends { id: string }> {
  private readonly groups = new Map<string, Map<string, R>>();
  private readonly keyOf = new Map<string, string[]>();

  constructor(private readonly keys: (record: R) => readonly string[]) {}

  put(record: R): void {
    this.remove(record.id);
    const keys = this.keys(record);
    this.keyOf.set(record.id, [...keys]);
    for (const key of keys) {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = new Map()));
      group.set(record.id, record);
    }
  }

  remove(id: string): void {
    for (const key of this.keyOf.get(id) ?? []) {
      const group = this.groups.get(key);
      group?.delete(id);
      if (group?.size === 0) this.groups.delete(key);
    }
    this.keyOf.delete(id);
  }

  get(key: string): R[] {
    return [...(this.groups.get(key)?.values() ?? [])];
  }

  /** The keys a record is filed under before a change replaces it. */
  keysOf(id: string): readonly string[] {
    return this.keyOf.get(id) ?? [];
  }
}
