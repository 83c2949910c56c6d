import { fail, ok, Result } from '../../result';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * A seeded source of uniform numbers. Only 32-bit integer arithmetic (Math.imul, >>>, ^, |)
 * is used, so a seed gives bit-identical draws in Node and in every browser.
 */
export interface Random {
  /** the next 32-bit unsigned integer, 0..2^32 − 1 */
  nextUint32(): number;
  /**
   * The next uniform number strictly inside (0, 1): (k + 0.5) / 2^32 for the next 32-bit k.
   * Never exactly 0 or 1, so every inverse CDF can take it; resolution 2^-32, smallest value
   * 2^-33 (a standard normal quantile of about −6.2).
   */
  next(): number;
}

const TWO_TO_MINUS_32 = 1 / 4294967296;
export const MAX_SEED = 4294967295;

/** xoshiro128** 1.1 (Blackman and Vigna), four 32-bit words of state. */
class Xoshiro128StarStar implements Random {
  constructor(
    private s0: number,
    private s1: number,
    private s2: number,
    private s3: number,
  ) {}

  nextUint32(): number {
    const s1 = this.s1;
    const result = math.imul(rotateLeft(math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11);
    return result >>> 0;
  }

  next(): number {
    return (this.nextUint32() + 0.5) * TWO_TO_MINUS_32;
  }
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** SplitMix32 (the MurmurHash3 finaliser over a Weyl sequence): spreads one seed over the state. */
function splitMix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
}

/**
 * A generator from the raw xoshiro128** state, for checking against the reference outputs;
 * simulations use createRandom. The all-zero state (a fixed point) is refused.
 *
 * @example
 * randomFromState([1, 2, 3, 4]).nextUint32() // => 11520 (the reference implementation's first output)
 */
export function randomFromState(state: readonly [number, number, number, number]): Random {
  if (state.every((word) => word === 0)) throw new Error('xoshiro128** state must not be all zero');
  return new Xoshiro128StarStar(state[0] | 0, state[1] | 0, state[2] | 0, state[3] | 0);
}

/**
 * A seeded generator: xoshiro128** with its state filled by SplitMix32 from the seed, so
 * nearby seeds give unrelated streams.
 *
 * @param seed - an integer 0..4294967295 (uncertainty.seed)
 * @example
 * const random = createRandom(42);
 * if (random.ok) random.value.next() // => a number in (0, 1), the same on every platform
 */
export function createRandom(seed: number): Result<Random> {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return fail('invalid', `uncertainty.seed must be a whole number from 0 to ${MAX_SEED}; got ${seed}.`, 'uncertainty.seed');
  }
  const words = splitMix32(seed);
  // Each word is a bijection of a distinct Weyl state, so at most one is zero: never the all-zero fixed point.
  return ok(randomFromState([words(), words(), words(), words()]));
}

/**
 * Fills `out` with uniform numbers in (0, 1) from `random`, in index order.
 *
 * @example
 * fillUniform(random, new Float64Array(1000)) // => the array, every entry in (0, 1)
 */
export function fillUniform(random: Random, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = random.next();
  return out;
}
