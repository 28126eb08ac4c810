/**
 * The crash harness's ledger: what the host acknowledged, and so what it must read back after
 * a crash. Every write carries a value unique in the run (a note, a summary, a section's text),
 * so a value read back names the write it came from.
 *
 * The rule checked (issue 14, item 13): a write acknowledged (HTTP 2xx with its result) is there
 * with its last acknowledged value, or with the value of a later write that was sent but not
 * acknowledged when the host died; a deletion acknowledged stays deleted. A write never
 * acknowledged may be there or not.
 */

/** What an entity reads as when it is not there (never created, or deleted). */
export const absent = '<absent>';

export type EntityKind = 'document' | 'annotation' | 'position' | 'pack' | 'section' | 'item' | 'card';

interface Entry {
  kind: EntityKind;
  /** The value last acknowledged, or `absent` (deleted, or a create not acknowledged yet). */
  acknowledged: string;
  /** Values of writes sent but not acknowledged yet: any of them may have reached the disk. */
  inFlight: Set<string>;
  /** The entity it belongs to (a section's pack, an item's section), for deletions that cascade. */
  parent?: string;
}

/** One disagreement between the ledger and what the restarted host reads back. */
export interface Finding {
  what: 'lost' | 'unexpected';
  kind: EntityKind;
  key: string;
  expected: string;
  found: string;
}

export class CrashLedger {
  private readonly entries = new Map<string, Entry>();
  /** Creates sent but not acknowledged, by kind: their ids are unknown, their values are not. */
  private readonly createsInFlight = new Map<EntityKind, Map<string, string | undefined>>();
  acknowledgedWrites = 0;

  private static id(kind: EntityKind, key: string | number): string {
    return `${kind}:${key}`;
  }

  /** A create is sent: its id comes with the answer; until then it is known by its value. */
  createSent(kind: EntityKind, value: string, parent?: string): void {
    const pending = this.createsInFlight.get(kind) ?? new Map<string, string | undefined>();
    pending.set(value, parent);
    this.createsInFlight.set(kind, pending);
  }

  /** The host answered a create with the entity's id. */
  createAcknowledged(kind: EntityKind, key: string | number, value: string, parent?: string): void {
    this.createsInFlight.get(kind)?.delete(value);
    this.entries.set(CrashLedger.id(kind, key), { kind, acknowledged: value, inFlight: new Set(), parent });
    this.acknowledgedWrites += 1;
  }

  /** An update or deletion (value `absent`) of a known entity is sent. */
  writeSent(kind: EntityKind, key: string | number, value: string, parent?: string): void {
    const id = CrashLedger.id(kind, key);
    const entry = this.entries.get(id) ?? { kind, acknowledged: absent, inFlight: new Set<string>(), parent };
    entry.inFlight.add(value);
    this.entries.set(id, entry);
    if (value === absent) for (const child of this.children(id)) child.inFlight.add(absent);
  }

  /** The host acknowledged that write: it is now the value to read back. */
  writeAcknowledged(kind: EntityKind, key: string | number, value: string): void {
    const id = CrashLedger.id(kind, key);
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`The ledger has no ${id}`);
    entry.acknowledged = value;
    entry.inFlight.delete(value);
    this.acknowledgedWrites += 1;
    if (value === absent) {
      for (const child of this.children(id)) {
        child.acknowledged = absent;
        child.inFlight.clear();
      }
    }
  }

  private children(parentId: string): Entry[] {
    return [...this.entries.values()].filter((entry) => entry.parent === parentId);
  }

  /** Keys of the entities of a kind that should be there now (acknowledged, not deleted). */
  live(kind: EntityKind): string[] {
    return [...this.entries.entries()]
      .filter(([, entry]) => entry.kind === kind && entry.acknowledged !== absent)
      .map(([id]) => id.slice(kind.length + 1));
  }

  valueOf(kind: EntityKind, key: string | number): string | undefined {
    return this.entries.get(CrashLedger.id(kind, key))?.acknowledged;
  }

  parentOf(kind: EntityKind, key: string | number): string | undefined {
    return this.entries.get(CrashLedger.id(kind, key))?.parent;
  }

  /** Every key of a kind the ledger knows, deleted ones included (what to look for after a crash). */
  known(kind: EntityKind): string[] {
    return [...this.entries.entries()].filter(([, entry]) => entry.kind === kind).map(([id]) => id.slice(kind.length + 1));
  }

  /**
   * Compares what the restarted host reads for every entity of a kind (key → value; missing keys
   * read as absent) with the ledger, then takes what was read as the new acknowledged state:
   * the person sees it now. A known entity read otherwise is a lost write (a create, an update
   * or a deletion); an entity the ledger never heard of is unexpected.
   */
  reconcile(kind: EntityKind, observed: Map<string, string>): Finding[] {
    const findings: Finding[] = [];
    for (const [id, entry] of this.entries) {
      if (entry.kind !== kind) continue;
      const key = id.slice(kind.length + 1);
      const found = observed.get(key) ?? absent;
      if (found !== entry.acknowledged && !entry.inFlight.has(found)) {
        findings.push({ what: 'lost', kind, key, expected: entry.acknowledged, found });
      }
      entry.acknowledged = found;
      entry.inFlight.clear();
    }
    const pending = this.createsInFlight.get(kind) ?? new Map<string, string | undefined>();
    for (const [key, value] of observed) {
      if (this.entries.has(CrashLedger.id(kind, key))) continue;
      // A create the host did not acknowledge before it died may have been saved: adopt it.
      if (pending.has(value)) {
        this.entries.set(CrashLedger.id(kind, key), { kind, acknowledged: value, inFlight: new Set(), parent: pending.get(value) });
        pending.delete(value);
      } else {
        findings.push({ what: 'unexpected', kind, key, expected: absent, found: value });
      }
    }
    this.createsInFlight.delete(kind);
    return findings;
  }
}
