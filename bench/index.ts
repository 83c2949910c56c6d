import { runFunctionsBench } from './functionsBench';
import { runWorkbookBench } from './workbookBench';

/** `npm run bench`: prints figures; never a timed test. Compare ratios within one run. */
async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${new Date().toISOString()}`);
  runFunctionsBench();
  await runWorkbookBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
