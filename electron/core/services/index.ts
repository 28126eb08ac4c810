import type { BriefingApi } from '../../common/api';
import type { Library } from '../library/library';
import { createLibraryService } from './libraryService';

/** Every service of the contract over one open library; both transports serve this object. */
export function createServices(library: Library): BriefingApi {
  return {
    library: createLibraryService(library),
  };
}
