/**
 * Imported first by every page entry. The page's Content-Security-Policy forbids eval, and zod's
 * first parse probes for it with `new Function('')`: the probe is caught, but Chromium still
 * reports a `securitypolicyviolation` for it. Jitless mode skips the probe (and the code
 * generation the policy would refuse anyway).
 */
import { config } from 'zod';

config({ jitless: true });
