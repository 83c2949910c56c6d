// Build-time checks and rewrites of the add-in's assets, shared by webpack.config.js and tests.

const webpack = require('webpack');

const DEV_URL = 'https://localhost:3000/';

/**
 * Every custom function must carry help text: Excel shows it in the formula autocomplete and
 * argument tooltips, and a function without it looks broken to a finance user.
 * @param {{ functions?: Array<{ id?: string, description?: string, helpUrl?: string, parameters?: Array<{ name?: string, description?: string }> }> }} metadata
 * @returns {string[]} one problem per missing piece, naming the function and parameter
 */
function findMissingHelp(metadata) {
  const problems = [];
  const functions = metadata.functions || [];
  if (functions.length === 0) problems.push('functions.json lists no custom functions');
  for (const fn of functions) {
    const id = fn.id || '(no id)';
    if (!fn.description || fn.description.trim().length < 10) problems.push(`${id}: missing description (the first JSDoc line)`);
    if (!fn.helpUrl) problems.push(`${id}: missing @helpurl`);
    for (const param of fn.parameters || []) {
      if (!param.description || param.description.trim().length < 5) {
        problems.push(`${id}: parameter ${param.name || '?'} has no description (@param ${param.name || '?'} <meaning and unit>)`);
      }
    }
  }
  return problems;
}

/**
 * The public base URL the add-in is served from. Production builds set ADDIN_PUBLIC_URL.
 * @param {string | undefined} value
 */
function publicUrl(value) {
  if (!value) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+\/$/.test(value)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending with "/", e.g. https://addins.example.com/roi/; got ${value}`);
  }
  return value;
}

/**
 * Replaces every occurrence of the development URL (a global RegExp: String.replace with a
 * string would change only the first one).
 * @param {string} text
 * @param {string} url
 */
function rewriteUrls(text, url) {
  return text.replace(/https:\/\/localhost:3000\//g, url);
}

/**
 * Modules that must stay out of the custom functions bundle: Excel loads it for every
 * recalculation host, and the workbook writers, the task pane and their libraries would
 * multiply its size and drag DOM code into the functions' path.
 */
const FORBIDDEN_IN_FUNCTIONS = [
  /[\\/]node_modules[\\/]exceljs[\\/]/,
  /[\\/]node_modules[\\/]excelize-wasm[\\/]/,
  /[\\/]node_modules[\\/]@microsoft[\\/]office-js-helpers[\\/]/,
  /[\\/]src[\\/]taskpane[\\/]/,
  /[\\/]src[\\/]workbook[\\/]/,
];

/**
 * @param {string[]} resources absolute paths of the modules bundled into the functions chunk
 * @returns {string[]} one problem per module that does not belong there
 */
function findForbiddenModules(resources) {
  return resources
    .filter((resource) => FORBIDDEN_IN_FUNCTIONS.some((pattern) => pattern.test(resource)))
    .map((resource) => `the functions bundle must not include ${resource}`);
}

/**
 * Fails the build when a custom function lacks help text or the functions bundle pulls in
 * task-pane or workbook-writing code, then points every development URL at the public one.
 */
class AddinAssetsPlugin {
  /**
   * @param {{ url: string, metadataFile?: string, functionsChunk?: string }} options
   */
  constructor(options) {
    this.url = options.url;
    this.metadataFile = options.metadataFile || 'functions.json';
    this.functionsChunk = options.functionsChunk || 'functions';
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AddinAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const fail = (message) => compilation.errors.push(new webpack.WebpackError(message));
          const metadata = assets[this.metadataFile];
          if (!metadata) fail(`${this.metadataFile} was not generated`);
          else for (const problem of findMissingHelp(JSON.parse(metadata.source().toString()))) fail(`Custom function help text: ${problem}`);

          const chunk = [...compilation.chunks].find((candidate) => candidate.name === this.functionsChunk);
          if (chunk) {
            const resources = compilation.chunkGraph.getChunkModules(chunk).flatMap((module) => {
              const inner = module.modules || [module]; // a concatenated module holds the real ones
              return inner.map((m) => m.resource).filter(Boolean);
            });
            for (const problem of findForbiddenModules(resources)) fail(problem);
          }

          for (const name of [this.metadataFile, 'manifest.xml', 'taskpane.html', 'assets/help.html']) {
            if (assets[name]) {
              compilation.updateAsset(name, new webpack.sources.RawSource(rewriteUrls(assets[name].source().toString(), this.url)));
            }
          }
        },
      );
    });
  }
}

module.exports = { DEV_URL, AddinAssetsPlugin, findForbiddenModules, findMissingHelp, publicUrl, rewriteUrls };
