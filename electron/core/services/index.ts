import type { BriefingApi } from '../../common/api';
import type { BundleRuns } from '../bundles/bundleRuns';
import type { BackupStore } from '../backups/backupStore';
import type { ImportCoordinator } from '../import/importCoordinator';
import type { Library } from '../library/library';
import type { PackPrinter } from '../packs/export/packPrinter';
import type { SearchThread } from '../search/searchThread';
import { createAnnotationService } from './annotationService';
import { createBundlesService } from './bundlesService';
import { createBackupsService } from './backupsService';
import { createPrecedentsService } from './precedentsService';
import { createImportService } from './importService';
import { createLibraryService } from './libraryService';
import { createPacksService } from './packsService';
import { createPositionsService } from './positionsService';
import { createRevisionsService } from './revisionsService';
import { createSearchService } from './searchService';
import { createSettingsService } from './settingsService';
import { createStatesService } from './statesService';

/** Every service of the contract over one open library; both transports serve this object. `packPrinter` prints packs to PDF (none: PDF export refuses, saying why). */
export function createServices(
  library: Library,
  imports: ImportCoordinator,
  search: SearchThread,
  backups: BackupStore,
  bundleRuns: BundleRuns,
  packPrinter: PackPrinter | null = null,
): BriefingApi {
  return {
    library: createLibraryService(library),
    imports: createImportService(imports),
    search: createSearchService(search),
    precedents: createPrecedentsService(library, search),
    annotations: createAnnotationService(library, imports),
    settings: createSettingsService(library),
    states: createStatesService(library),
    positions: createPositionsService(library),
    revisions: createRevisionsService(library),
    packs: createPacksService(library, packPrinter),
    bundles: createBundlesService(bundleRuns),
    backups: createBackupsService(backups),
  };
}
