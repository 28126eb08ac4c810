import type { BackupsService } from '../../common/api';
import type { BackupStore } from '../backups/backupStore';

/** Snapshots of the library: list, take one now, restore one, or start afresh after a damaged start-up. */
export function createBackupsService(store: BackupStore): BackupsService {
  return {
    list: () => store.overview(),
    create: () => store.create('manual'),
    restore: ({ id }) => store.restore(id),
    dismissRecovery: () => store.dismissRecovery(),
  };
}
