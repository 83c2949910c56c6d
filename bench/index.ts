import { runCliBench } from './cliBench';
import { runFunctionsBench } from './functionsBench';
import { runSamplingBench } from './samplingBench';
import { runValuesBench } from './valuesBench';
import { runSimulationBench } from './simulationBench';
import { runWorkbookBench } from './workbookBench';

/**
 * `npm run bench`: prints figures; never a timed test. Compare ratios within one run.
 * `npm run bench -- cli` (or functions, workbook, sampling, simulation, values) runs that part alone.
 */
async function main(only: string | undefined): Promise<void> {
  console.log(`Node ${process.version}, ${new Date().toISOString()}`);
  if (only === undefined || only === 'functions') runFunctionsBench();
  if (only === undefined || only === 'workbook') await runWorkbookBench();
  if (only === undefined || only === 'cli') runCliBench();
  if (only === undefined || only === 'sampling') runSamplingBench();
  if (only === undefined || only === 'values') runValuesBench();
  if (only === undefined || only === 'simulation') runSimulationBench();
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
