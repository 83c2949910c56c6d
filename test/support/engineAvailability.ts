import { execFileSync } from 'child_process';

export type EngineAvailability = { readonly run: true } | { readonly run: false; readonly reason: string };

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an engine's tests run here. Without its command they are skipped with a visible
 * message on a developer's machine, and fail in CI, where a missing engine must not pass as green.
 */
export function engineAvailability(engine: string, command: string, debianPackage: string): EngineAvailability {
  if (onPath(command)) return { run: true };
  if (process.env.CI) throw new Error(`${engine} (${command}) is missing in CI: apt-get install -y ${debianPackage} (scripts/setup-machine.sh).`);
  return { run: false, reason: `${engine} tests SKIPPED: ${command} not found (apt-get install -y ${debianPackage}).` };
}
