/**
 * The simulation's seeded generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * 128 bits of state, 32-bit output). The same seed gives the same sequence on every machine, so a
 * run can be replayed from its seed (DESIGN.md §11).
 */

/** 2^32: one output's range. */
const TWO_POW_32 = 4294967296

/** Outputs thrown away after seeding so that nearby seeds no longer give nearby first numbers. */
const WARM_UP_ROUNDS = 15

export type Uniform = () => number

/**
 * Uniform numbers strictly inside (0, 1) from a 32-bit seed: each is (k + 0.5)/2^32 for a 32-bit
 * output k, so neither 0 nor 1 ever comes out and every inverse CDF stays finite.
 */
export function seededUniform(seed: number): Uniform {
  // The constants fill the state the seed leaves empty (the first digits of φ, π and e); the seed
  // starts the counter.
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let counter = seed | 0
  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0
    counter = (counter + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < WARM_UP_ROUNDS; i++) next()
  return () => (next() + 0.5) / TWO_POW_32
}
