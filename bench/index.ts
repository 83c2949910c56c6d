import { runFunctionsBench } from './functionsBench';

/** `npm run bench`: prints figures; never a timed test. Compare ratios within one run. */
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
runFunctionsBench();
