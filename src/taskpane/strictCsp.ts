/**
 * The page runs under a Content-Security-Policy without 'unsafe-eval' (scripts/serve.mjs, and
 * Office's own hosts). zod compiles fast validators with `new Function` where it may, and probes
 * for that once when its first object schema is built: under this policy the probe is refused
 * and reported as a violation even though zod catches it. Tell zod not to try, before any schema
 * exists: index.tsx imports this module first.
 */
import { config } from "zod";

config({ jitless: true });
