import { createRandom, fillUniform, MAX_SEED, randomFromState } from '../../../src/core/simulation/random';
import { unwrap } from './support';

describe('seeded PRNG (xoshiro128**)', () => {
  test('from state [1, 2, 3, 4] it gives the reference implementation’s first ten outputs', () => {
    // rand_xoshiro's test vector, produced with xoshiro128starstar.c v1.1 by Blackman and Vigna
    const expected = [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804];
    const random = randomFromState([1, 2, 3, 4]);
    expect(expected.map(() => random.nextUint32())).toEqual(expected);
  });

  test('the same seed gives the same first 1,000 values; another seed gives others', () => {
    const first = fillUniform(unwrap(createRandom(2026)), new Float64Array(1000));
    const again = fillUniform(unwrap(createRandom(2026)), new Float64Array(1000));
    const other = fillUniform(unwrap(createRandom(2027)), new Float64Array(1000));
    expect(Array.from(again)).toEqual(Array.from(first));
    expect(other.filter((value, i) => value === first[i]).length).toBeLessThan(2);
  });

  test('a million uniforms lie strictly inside (0, 1), with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const values = fillUniform(unwrap(createRandom(7)), new Float64Array(1_000_000));
    let sum = 0;
    let squares = 0;
    let outside = 0;
    for (const value of values) {
      if (!(value > 0 && value < 1)) outside++;
      sum += value;
      squares += value * value;
    }
    const mean = sum / values.length;
    expect(outside).toBe(0);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / values.length));
    expect(Math.abs(squares / values.length - mean * mean - 1 / 12)).toBeLessThan(0.001);
  });

  test('uniform values are (k + 0.5)/2^32 of the 32-bit outputs', () => {
    const integers = randomFromState([1, 2, 3, 4]);
    const uniforms = randomFromState([1, 2, 3, 4]);
    for (let i = 0; i < 10; i++) expect(uniforms.next()).toBe((integers.nextUint32() + 0.5) / 2 ** 32);
  });

  test.each([-1, MAX_SEED + 1, 1.5, Number.NaN])('seed %p is refused with a message naming uncertainty.seed and its range', (seed) => {
    const result = createRandom(seed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.param).toBe('uncertainty.seed');
      expect(result.error.message).toContain('uncertainty.seed');
      expect(result.error.message).toContain('0 to 4294967295');
    }
  });

  test('seeds 0 and 2^32 − 1 are accepted', () => {
    expect(createRandom(0).ok).toBe(true);
    expect(createRandom(MAX_SEED).ok).toBe(true);
  });
});
