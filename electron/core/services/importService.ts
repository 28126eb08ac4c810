import type { ImportService } from '../../common/api';
import type { ImportCoordinator } from '../import/importCoordinator';

export function createImportService(coordinator: ImportCoordinator): ImportService {
  return {
    start: (args) => coordinator.start(args),
    async getBatch({ batchId }) {
      return coordinator.get(batchId);
    },
    async cancel({ batchId }) {
      return coordinator.cancel(batchId);
    },
    async retryWithPassword({ batchId, index, password }) {
      return coordinator.retryWithPassword(batchId, index, password);
    },
  };
}
