import type { BundlesService } from '../../common/api';
import type { BundleRuns } from '../bundles/bundleRuns';

/**
 * Library bundles (core/bundles): exports and imports run in the background, followed with
 * getRun. An uploaded bundle (browser mode) is written to the library's work folder first, so
 * that it is read like a file chosen on this machine.
 */
export function createBundlesService(runs: BundleRuns): BundlesService {
  return {
    async startExport({ documentIds }) {
      return runs.startExport(documentIds);
    },
    async startImport({ path, file }) {
      if (file) return runs.startImport(runs.stageUpload(Buffer.from(file.dataBase64, 'base64')), true);
      return runs.startImport(path!);
    },
    async getRun({ runId }) {
      return runs.get(runId);
    },
    async cancel({ runId }) {
      return runs.cancel(runId);
    },
    async takeExport({ runId }) {
      return runs.takeExport(runId);
    },
  };
}
