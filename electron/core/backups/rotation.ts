/** How many snapshots are kept: the newest few, and the last of each of the last days that have one. */
export interface RotationPolicy {
  /** The newest snapshots kept whatever their day. */
  recent: number;
  /** Besides, the newest snapshot of each of this many most recent days (UTC) that have snapshots. */
  days: number;
}

/**
 * 10 + 7: a day of restarts cannot push out last week (a restart makes two snapshots, quit and
 * start-up), and a laptop left shut for a month still has the week it was last used, because
 * days are counted among the days that have snapshots, not back from today.
 */
export const defaultRotation: RotationPolicy = { recent: 10, days: 7 };

/**
 * The snapshots to delete under `policy`, given all of them with their ISO UTC times. Those in
 * `protect` are kept whatever their age (the one a restore is reading). Pure: no disk.
 */
export function snapshotsToDelete<T extends { id: string; takenAt: string }>(
  snapshots: readonly T[],
  policy: RotationPolicy = defaultRotation,
  protect: ReadonlySet<string> = new Set(),
): T[] {
  const newestFirst = snapshots.toSorted((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set(newestFirst.slice(0, policy.recent).map((snapshot) => snapshot.id));
  const days = new Set<string>();
  for (const snapshot of newestFirst) {
    const day = snapshot.takenAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size >= policy.days) break;
    days.add(day);
    kept.add(snapshot.id);
  }
  return newestFirst.filter((snapshot) => !kept.has(snapshot.id) && !protect.has(snapshot.id));
}
