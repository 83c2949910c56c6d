import { config } from 'zod';

/**
 * The pane's Content-Security-Policy refuses eval. zod compiles a faster object parser with
 * `new Function` when it may, and merely probing whether it may is reported as a policy
 * violation; jitless parsing never probes. Imported first by the pane's entry.
 */
config({ jitless: true });
