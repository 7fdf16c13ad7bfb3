/**
 * The cost of one call (DESIGN.md §3) as formula text: a readable form for one row of the Calls
 * sheet, and an element-wise form over a block of rows for SUMPRODUCT. The element-wise form uses
 * comparisons times values instead of IF and MIN, which do not act element-wise inside SUMPRODUCT
 * in every spreadsheet; `(a<b)*a + (a>=b)*b` is exactly min(a, b) because one term is exactly 0.
 */

/** Prices are per million tokens. */
export const PER_MTOK = 1000000

/** Cell (or range) references of one call's tokens and one price period's prices. */
export interface CallColumns {
  input: string
  output: string
  reasoning: string
  prefix: string
  pIn: string
  pOut: string
  pRsn: string
  pPrefix: string
  hasLc: string
  threshold: string
  lIn: string
  lOut: string
  lPrefix: string
  batchFactor: string
}

/** (input − cached)·input price + cached·prefix price + output·output price + reasoning·its price. */
const tierCost = (
  t: { input: string; output: string; reasoning: string; cached: string },
  prices: { input: string; prefix: string; output: string; reasoning: string },
): string =>
  `(${t.input}-${t.cached})*${prices.input}+${t.cached}*${prices.prefix}+` +
  `${t.output}*${prices.output}+${t.reasoning}*${prices.reasoning}`

const baseTier = (c: CallColumns) => ({
  input: c.pIn,
  prefix: c.pPrefix,
  output: c.pOut,
  reasoning: c.pRsn,
})
/** Above the threshold reasoning is billed at the long-context output price. */
const longTier = (c: CallColumns) => ({
  input: c.lIn,
  prefix: c.lPrefix,
  output: c.lOut,
  reasoning: c.lOut,
})

/** One call's cost × 1e6 (divide by PER_MTOK), batch factor included, for single cells. */
export function callCostFormula(c: CallColumns): string {
  const tokens = { ...c, cached: `MIN(${c.prefix},${c.input})` }
  const isLong = `AND(${c.hasLc}=1,${c.input}>${c.threshold})`
  return `${c.batchFactor}*IF(${isLong},${tierCost(tokens, longTier(c))},${tierCost(tokens, baseTier(c))})`
}

/**
 * Σ over the rows of `c` (ranges) of selector × weight × cost of one call with tokens × `scale`
 * (the cached prefix is not scaled), in dollars.
 */
export function scaledCallsFormula(
  c: CallColumns,
  weight: string,
  selector: string,
  scale: string,
): string {
  const input = `${c.input}*${scale}`
  const tokens = {
    input,
    output: `${c.output}*${scale}`,
    reasoning: `${c.reasoning}*${scale}`,
    cached: `((${c.prefix}<${input})*${c.prefix}+(${c.prefix}>=${input})*${input})`,
  }
  const isLong = `${c.hasLc}*(${input}>${c.threshold})`
  const cost =
    `(1-${isLong})*(${tierCost(tokens, baseTier(c))})+` +
    `${isLong}*(${tierCost(tokens, longTier(c))})`
  return `SUMPRODUCT(${selector},${weight},${c.batchFactor},${cost})/${PER_MTOK}`
}
