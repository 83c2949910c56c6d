/** Whether a criterion or a MATCH/SEARCH text uses Excel's wildcards (* any text, ? one character, ~ escapes). */
export function hasWildcards(pattern: string): boolean {
  return /[*?~]/.test(pattern);
}

/**
 * A case-insensitive regular expression for an Excel wildcard pattern; `whole` anchors it to the
 * entire text (criteria, MATCH), otherwise it finds the pattern anywhere (SEARCH).
 *
 * @example
 * wildcardPattern('Pa*e', true).test('PAUSE') // => true
 * wildcardPattern('~*', true).test('*') // => true
 */
export function wildcardPattern(pattern: string, whole: boolean): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    const next = pattern[index + 1];
    if (char === '~' && (next === '*' || next === '?' || next === '~')) {
      source += `\\${next}`;
      index += 1;
    } else if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else source += char.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
  }
  return new RegExp(whole ? `^${source}$` : source, 'i');
}
