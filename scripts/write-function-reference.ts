import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionReferenceHtml, functionReferenceMarkdown } from '../src/docs/functionReference';

/** `npm run docs`: rewrites docs/functions.md and assets/help.html from the parameter table. */
const root = join(__dirname, '..');
writeFileSync(join(root, 'docs', 'functions.md'), functionReferenceMarkdown());
writeFileSync(join(root, 'assets', 'help.html'), functionReferenceHtml());
console.log('wrote docs/functions.md and assets/help.html');
