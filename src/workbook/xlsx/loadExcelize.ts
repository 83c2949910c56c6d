import { init } from 'excelize-wasm';
import type { Excelize } from './addCharts';

let loading: Promise<Excelize> | undefined;

/**
 * Loads excelize-wasm in Node from its package (the module reads the .wasm.gz from disk there),
 * once per process: instantiating the module takes most of a second.
 */
export function loadExcelize(): Promise<Excelize> {
  loading ??= init(require.resolve('excelize-wasm/excelize.wasm.gz'));
  return loading;
}
