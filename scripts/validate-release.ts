import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportProblems, validateBuildOutput } from './manifest/validateManifest';

/**
 * `npm run validate:release`: a production build for a public URL (ADDIN_PUBLIC_URL, or an
 * example one) into a temporary folder, then the offline checks on what it produced. This is
 * the build users deploy, so a development URL left anywhere in it is caught here; dist/ is
 * left alone.
 */
const root = join(__dirname, '..');
const publicUrl = process.env.ADDIN_PUBLIC_URL ?? 'https://addins.example.com/roi/';
const outputDir = mkdtempSync(join(tmpdir(), 'roi-release-'));
try {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const build = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', outputDir, '--stats', 'errors-warnings'], {
    cwd: root,
    env: { ...process.env, ADDIN_PUBLIC_URL: publicUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(`FAIL the production build for ${publicUrl} (run: ADDIN_PUBLIC_URL=${publicUrl} npm run build)`);
    process.exitCode = 1;
  } else {
    console.log(`production build for ${publicUrl}`);
    const leftovers = readdirSync(outputDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|js|json|xml|css)$/.test(file))
      .filter((file) => readFileSync(join(outputDir, file), 'utf8').includes('localhost:3000'))
      .map((file) => `${file} still mentions localhost:3000`);
    const results = [...validateBuildOutput(outputDir, publicUrl), { file: `${outputDir} (every text file)`, problems: leftovers }];
    process.exitCode = reportProblems(results) ? 0 : 1;
  }
} finally {
  rmSync(outputDir, { recursive: true, force: true });
}
