/** Types for scripts/generate.js, the launcher of `npm run generate` (plain JavaScript: it runs before any TypeScript can). */
export interface BundleRequest {
  /** the entry point, relative to root */
  readonly entry: string;
  /** where the bundle and its record of inputs are kept */
  readonly outDir: string;
  /** the folder esbuild resolves from; the repository by default */
  readonly root?: string;
}

export function ensureBundle(request: BundleRequest): Promise<{ readonly bundle: string; readonly built: boolean }>;
