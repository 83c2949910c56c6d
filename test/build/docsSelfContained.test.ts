import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { INPUT_FIELDS } from '../../src/core/inputs/fields';
import { STANDARD_LINES } from '../../src/core/model';

/**
 * A clone of this repository is all a reader has: the docs and the source must not point at the
 * machine the project was written on (a sibling folder of shared notes, an absolute path under the
 * work directory), and every relative link in the README and docs/ must reach a committed file.
 * The two patterns are assembled from pieces so this file does not match them itself.
 */

const root = join(__dirname, '..', '..');
const SHARED_FOLDER = new RegExp(String.raw`\.\.` + '/' + 'shared\\b');
// An absolute path starts the token: after a space, quote, bracket or backtick, not inside a URL.
const MACHINE_PATH = new RegExp(String.raw`(?<![\w.~-])` + ['', 'work', ''].join('/'));

function trackedFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  // A file deleted in the working tree but not yet in a commit is still listed: it has nothing to read.
  return listed.filter((file) => existsSync(join(root, file)));
}

const outsideBuildOutput = (file: string) => !file.split('/').some((part) => part === 'node_modules' || part === 'dist');
const isSourceOrDoc = (file: string) => /\.(md|[cm]?[jt]s)$/.test(file);

/** Each line that names the shared folder or a machine path, as "file:line: text". */
function machineReferences(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => (SHARED_FOLDER.test(line) || MACHINE_PATH.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

/** Markdown without its fenced code blocks, where a "#" or a bracket is code, not a heading or a link. */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** ... and without inline code either. */
function prose(markdown: string): string {
  return withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '');
}

/** Targets of inline links and images, and of reference definitions, in document order. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
  const references = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1]);
  return [...inline, ...references];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // Inline code keeps its text in the anchor; only the backticks go, with the other punctuation.
    const slug = match[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/**
 * Why a relative link from a markdown file does not resolve, or null when it does: the target is a
 * file (or a folder) of the repository and, for a heading anchor in a markdown file, that heading exists.
 */
function brokenLink(from: string, target: string, files: ReadonlySet<string>, read: (file: string) => string): string | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) return null;
  const [rawPath, fragment] = target.split('#', 2);
  const path = rawPath === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURI(rawPath)));
  if (path.startsWith('..')) return `${target} leaves the repository`;
  const isFolder = [...files].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  if (!files.has(path) && !isFolder) return `${target} is no file of the repository (${path})`;
  if (fragment !== undefined && fragment !== '' && path.endsWith('.md') && !headingAnchors(read(path)).has(fragment.toLowerCase())) {
    return `${target}: ${path} has no heading #${fragment}`;
  }
  return null;
}

const files = trackedFiles();
const fileSet = new Set(files);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const markdownPages = files.filter((file) => file === 'README.md' || /^docs\/[^/]+\.md$/.test(file));

describe('the detectors catch what they are for', () => {
  test('a link to the shared folder and an absolute machine path are found; a URL and a relative path are not', () => {
    const planted = ['see [MODEL.md](' + '..' + '/shared/spec/MODEL.md)', ' * (see ' + '/work' + '/shared/notes.md)', 'https://example.com' + '/work' + '/x', 'docs' + '/work' + '/notes.md'].join('\n');
    expect(machineReferences('planted.md', planted)).toEqual([
      `planted.md:1: see [MODEL.md](${'..'}/shared/spec/MODEL.md)`,
      `planted.md:2: * (see ${'/work'}/shared/notes.md)`,
    ]);
  });

  test('links outside code are read; a missing file, an escape from the repository and a missing heading are broken', () => {
    const page = '# Title\n\n## The model (risk-adjusted)\n\n### Discounting (`organisation.discounting`)\n\n[a](b.md) ![c](img/c.png) `[not](a-link.md)`\n\n```\n[nor](this.md)\n```\n[ref]: d.md#the-model-risk-adjusted\n';
    expect(linkTargets(page)).toEqual(['b.md', 'img/c.png', 'd.md#the-model-risk-adjusted']);
    const present = new Set(['docs/b.md', 'docs/d.md', 'docs/img/c.png']);
    const pages = (file: string) => (file === 'docs/d.md' ? page : '');
    expect(brokenLink('docs/a.md', 'b.md', present, pages)).toBeNull();
    expect(brokenLink('docs/a.md', 'd.md#the-model-risk-adjusted', present, pages)).toBeNull();
    expect(brokenLink('docs/a.md', 'https://example.com/x', present, pages)).toBeNull();
    expect(brokenLink('docs/a.md', 'd.md#discounting-organisationdiscounting', present, pages)).toBeNull();
    expect(brokenLink('docs/a.md', 'docs/img/c.png', present, pages)).toMatch(/no file of the repository \(docs\/docs\/img\/c\.png\)/);
    expect(brokenLink('docs/a.md', '../../x.md', present, pages)).toMatch(/leaves the repository/);
    expect(brokenLink('docs/a.md', 'd.md#nowhere', present, pages)).toMatch(/has no heading #nowhere/);
  });
});

describe('the repository stands on its own', () => {
  test('no tracked source or doc names the shared folder or an absolute machine path', () => {
    const scanned = files.filter(outsideBuildOutput).filter(isSourceOrDoc);
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned.flatMap((file) => machineReferences(file, read(file)))).toEqual([]);
  });

  test('every relative link in README.md and docs/*.md reaches a committed file (and heading)', () => {
    expect(markdownPages).toEqual(expect.arrayContaining(['README.md', 'docs/model-contract.md', 'docs/architecture.md']));
    const links = markdownPages.flatMap((page) => linkTargets(read(page)).map((target) => ({ page, target })));
    expect(links.length).toBeGreaterThan(20);
    const broken = links.flatMap(({ page, target }) => {
      const why = brokenLink(page, target, fileSet, read);
      return why === null ? [] : [`${page}: ${why}`];
    });
    expect(broken).toEqual([]);
  });

  test('the contract names every input of the inputs table and every line of the catalogue', () => {
    const contract = read('docs/model-contract.md');
    const named = (key: string) => contract.includes(`\`${key}\``);
    expect(INPUT_FIELDS.map((field) => field.key).filter((key) => !named(key))).toEqual([]);
    expect(STANDARD_LINES.map((line) => line.id).filter((id) => !named(id))).toEqual([]);
  });
});
