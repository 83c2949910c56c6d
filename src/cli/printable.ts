/**
 * Text for a terminal with every control character but line breaks and tabs written out as
 * \u{…}: a name such as "\u001b]0;PWNED\u0007" from an inputs file must not retitle the window
 * or clear the screen.
 *
 * @example
 * printable('Acme\u001b[2J') // => 'Acme\\u{1b}[2J'
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
