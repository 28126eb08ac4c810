import { z } from 'zod';

// Zod probes `new Function('')` to decide whether to compile object parsers; under our CSP
// (no 'unsafe-eval') the probe itself is reported as a violation. Tell it not to try.
z.config({ jitless: true });
