/**
 * A small seeded random source (sfc32) for the synthetic statistics: the
 * same seed gives the same inquiries on every machine and database, which
 * is what makes `stats:generate --seed` and the benchmark repeatable.
 * `Math.random` cannot be seeded; sfc32 is fast and good enough for data.
 */
export class Random {
  #a: number
  #b: number
  #c: number
  #d: number
  #spare: number | null = null

  constructor(seed: string | number) {
    const [a, b, c, d] = hashSeed(String(seed))
    this.#a = a
    this.#b = b
    this.#c = c
    this.#d = d
    for (let index = 0; index < 15; index++) this.next()
  }

  /** Uniform in [0, 1). */
  next() {
    let a = this.#a
    let b = this.#b
    let c = this.#c
    let d = this.#d
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    this.#a = a
    this.#b = b
    this.#c = c
    this.#d = d
    return (t >>> 0) / 4294967296
  }

  int(maxExclusive: number) {
    return Math.floor(this.next() * maxExclusive)
  }

  chance(probability: number) {
    return this.next() < probability
  }

  /** Standard normal (Marsaglia polar method, one value kept for the next call). */
  normal() {
    if (this.#spare !== null) {
      const spare = this.#spare
      this.#spare = null
      return spare
    }
    let u = 0
    let v = 0
    let s = 0
    do {
      u = this.next() * 2 - 1
      v = this.next() * 2 - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const factor = Math.sqrt((-2 * Math.log(s)) / s)
    this.#spare = v * factor
    return u * factor
  }

  /** Log-normal with the given median and spread (σ of the log). */
  logNormal(median: number, sigma: number) {
    return median * Math.exp(sigma * this.normal())
  }

  /** A count with the given mean: Poisson for small means, normal beyond. */
  poisson(mean: number) {
    if (mean <= 0) return 0
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
    const limit = Math.exp(-mean)
    let count = 0
    let product = this.next()
    while (product > limit) {
      count++
      product *= this.next()
    }
    return count
  }
}

/**
 * Draws indexes by weight in O(log n): built once from a weight list,
 * sampled millions of times.
 */
export class WeightedPick {
  #cumulative: Float64Array

  constructor(weights: readonly number[]) {
    this.#cumulative = new Float64Array(weights.length)
    let total = 0
    for (const [index, weight] of weights.entries()) {
      total += Math.max(0, weight)
      this.#cumulative[index] = total
    }
    for (let index = 0; index < weights.length; index++) this.#cumulative[index] /= total
  }

  pick(random: Random) {
    const target = random.next()
    let low = 0
    let high = this.#cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#cumulative[middle] > target) high = middle
      else low = middle + 1
    }
    return low
  }
}

/** cyrb128: four 32-bit words from a string seed. */
function hashSeed(seed: string) {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let index = 0; index < seed.length; index++) {
    const k = seed.charCodeAt(index)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}
