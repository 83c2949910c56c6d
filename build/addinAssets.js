// Build-time checks and rewrites of the add-in's text assets, shared by webpack.config.js and tests.

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

module.exports = { DEV_URL, findMissingHelp, publicUrl, rewriteUrls };
