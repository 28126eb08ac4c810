import type { BriefingApi } from '../../common/api';
import type { ImportCoordinator } from '../import/importCoordinator';
import type { Library } from '../library/library';
import { createImportService } from './importService';
import { createLibraryService } from './libraryService';

/** Every service of the contract over one open library; both transports serve this object. */
export function createServices(library: Library, imports: ImportCoordinator): BriefingApi {
  return {
    library: createLibraryService(library),
    imports: createImportService(imports),
  };
}
