/**
 * Imported first by main.tsx, for its effect: Zod probes `new Function('')` when it builds
 * object schemas, to decide whether to compile parsers; under our CSP (no 'unsafe-eval') the
 * probe itself is reported as a violation. Tell it not to try, before the contract's schemas
 * are built (an import that comes later would be too late).
 */
import { z } from 'zod';

z.config({ jitless: true });
