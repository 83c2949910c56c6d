'use strict';
/**
 * `npm run generate`: runs the command line (src/cli/generate.ts) from one JavaScript bundle of it
 * and everything it imports, packages included, built by esbuild into node_modules/.cache/roi-cli/.
 * Loading TypeScript through tsx cost about a second on every run, and resolving ExcelJS's few
 * hundred modules one by one about half of one more; the bundle is one file that Node loads.
 *
 * The bundle is rebuilt (a second or two) whenever it is missing or stale: any file it was built
 * from changed, or esbuild or these build options did. So a fresh clone's
 * `npm ci && npm run generate -- ...` needs no extra step (npm ci empties node_modules, cache
 * included), and an edited source is never run from an old bundle.
 */
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
// Bump when the options below change in a way the inputs' content does not show.
const BUILD_FORMAT = 1;

function sha256(content) {
  return createHash('sha256').update(content).digest('hex');
}

function buildOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'warning',
  };
}

/** The recorded build, or undefined when there is none or it cannot be read. */
function readManifest(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * What a build input is recorded as: its content's hash for the project's own files; its size and
 * time of change for installed packages, which only npm writes (hashing their 800-odd files took
 * longer than the rest of the check).
 */
function isPackageFile(file) {
  return file.split(/[\\/]/).includes('node_modules');
}

function stamp(file) {
  if (isPackageFile(file)) {
    const stats = fs.statSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  }
  return sha256(fs.readFileSync(file));
}

function isFresh(manifest, key, bundle) {
  if (!manifest || manifest.key !== key || !fs.existsSync(bundle)) return false;
  return Object.entries(manifest.inputs).every(([file, recorded]) => {
    try {
      return stamp(path.resolve(manifest.root, file)) === recorded;
    } catch {
      return false;
    }
  });
}

/** Written beside the target and renamed over it: a run that reads it sees a whole file, old or new. */
function writeWhole(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.cjs': 'js', '.mjs': 'js', '.json': 'json' };

/** Hands esbuild the project's own files itself, so what is recorded is the very content bundled, even if a file is saved mid-build. */
function recordingLoader(recorded) {
  return {
    name: 'record-inputs',
    setup(build) {
      build.onLoad({ filter: /.*/ }, (args) => {
        const loader = LOADERS[path.extname(args.path)];
        if (isPackageFile(args.path) || loader === undefined) return undefined;
        const contents = fs.readFileSync(args.path);
        recorded.set(args.path, sha256(contents));
        return { contents, loader };
      });
    },
  };
}

async function build(entry, bundle, manifestFile, key, root) {
  const recorded = new Map();
  // loaded only to build: requiring esbuild costs more than checking the bundle
  const result = await require('esbuild').build({ ...buildOptions(entry, bundle), absWorkingDir: root, plugins: [recordingLoader(recorded)] });
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  for (const output of result.outputFiles) writeWhole(output.path, output.contents);
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const absolute = path.resolve(root, file);
    inputs[file] = recorded.get(absolute) ?? stamp(absolute);
  }
  writeWhole(manifestFile, JSON.stringify({ key, root, inputs }));
}

/**
 * The path of an up-to-date bundle of `entry` in `outDir`, built first when missing or stale.
 * Returns whether it was built, for tests and the benchmark.
 */
async function ensureBundle({ entry, outDir, root = ROOT }) {
  const name = path.basename(entry).replace(/\.[^.]+$/, '');
  const bundle = path.join(outDir, `${name}.cjs`);
  const manifestFile = path.join(outDir, `${name}.inputs.json`);
  const key = sha256(JSON.stringify({ format: BUILD_FORMAT, esbuild: require('esbuild/package.json').version, node: process.versions.node.split('.')[0], options: buildOptions(path.resolve(root, entry), bundle) }));
  if (isFresh(readManifest(manifestFile), key, bundle)) return { bundle, built: false };
  await build(path.resolve(root, entry), bundle, manifestFile, key, root);
  return { bundle, built: true };
}

module.exports = { ensureBundle };

if (require.main === module) {
  ensureBundle({ entry: 'src/cli/generate.ts', outDir: path.join(ROOT, 'node_modules', '.cache', 'roi-cli') }).then(
    ({ bundle }) => require(bundle),
    (error) => {
      process.stderr.write(`The command line could not be built from src/cli: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
