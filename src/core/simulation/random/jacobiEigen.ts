import { SquareMatrix } from './correlationMatrix';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

const MAX_SWEEPS = 100;

/** One Jacobi rotation zeroing a[p][q] of the working matrix, applied to the eigenvectors too. */
function rotate(a: Float64Array, vectors: Float64Array, k: number, p: number, q: number): void {
  const apq = a[p * k + q];
  const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
  const t = math.sign(theta || 1) / (math.abs(theta) + math.sqrt(theta * theta + 1));
  const cos = 1 / math.sqrt(t * t + 1);
  const sin = t * cos;
  for (let r = 0; r < k; r++) {
    const arp = a[r * k + p];
    const arq = a[r * k + q];
    a[r * k + p] = cos * arp - sin * arq;
    a[r * k + q] = sin * arp + cos * arq;
  }
  for (let r = 0; r < k; r++) {
    const apr = a[p * k + r];
    const aqr = a[q * k + r];
    a[p * k + r] = cos * apr - sin * aqr;
    a[q * k + r] = sin * apr + cos * aqr;
  }
  for (let r = 0; r < k; r++) {
    const vrp = vectors[r * k + p];
    const vrq = vectors[r * k + q];
    vectors[r * k + p] = cos * vrp - sin * vrq;
    vectors[r * k + q] = sin * vrp + cos * vrq;
  }
}

function offDiagonalSquares(a: Float64Array, k: number): number {
  let sum = 0;
  for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) sum += a[p * k + q] * a[p * k + q];
  return sum;
}

/**
 * Eigenvalues and eigenvectors of a symmetric matrix by cyclic Jacobi rotations (small k, so
 * simplicity and accuracy matter more than speed): A = V·diag(values)·Vᵀ, V's columns the vectors.
 *
 * @example
 * symmetricEigen({ size: 2, entries: Float64Array.of(2, 1, 1, 2) }) // => values [1, 3], vectors (1, −1)/√2, (1, 1)/√2
 */
export function symmetricEigen(matrix: SquareMatrix): { values: Float64Array; vectors: Float64Array } {
  const k = matrix.size;
  const a = Float64Array.from(matrix.entries);
  const vectors = new Float64Array(k * k);
  for (let i = 0; i < k; i++) vectors[i * k + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonalSquares(a, k) > 1e-30; sweep++) {
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) if (a[p * k + q] !== 0) rotate(a, vectors, k, p, q);
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i];
  return { values, vectors };
}
