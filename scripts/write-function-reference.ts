import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionDeclarationsSource } from '../src/docs/functionDeclarations';
import { functionReferenceHtml, functionReferenceMarkdown } from '../src/docs/functionReference';
import { lineReferenceMarkdown } from '../src/docs/lineReference';

/** `npm run docs`: rewrites the custom functions' declarations, docs/functions.md and assets/help.html from the parameter table, and docs/lines.md from the line catalogue. */
const root = join(__dirname, '..');
writeFileSync(join(root, 'src', 'functions', 'functions.ts'), functionDeclarationsSource());
writeFileSync(join(root, 'docs', 'functions.md'), functionReferenceMarkdown());
writeFileSync(join(root, 'assets', 'help.html'), functionReferenceHtml());
writeFileSync(join(root, 'docs', 'lines.md'), lineReferenceMarkdown());
console.log('wrote src/functions/functions.ts, docs/functions.md, docs/lines.md and assets/help.html');
