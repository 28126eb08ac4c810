// A build that records its time, so `npm start`, `npm run cli` and the tests rebuild only
// when a source changed since.
import { ensureBuilt } from './ensureBuilt.mjs';

ensureBuilt({ force: true });
