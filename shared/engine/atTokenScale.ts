/**
 * A per-feature figure by token scale, computed at scale 1 once per feature (most usage) and at
 * any other scale each time it is asked for (heavy-user cohorts, few).
 */
export function atTokenScale<T>(
  compute: (feature: number, tokenScale: number) => T,
): (feature: number, tokenScale: number) => T {
  const unscaled: (T | undefined)[] = []
  return (feature, tokenScale) =>
    tokenScale === 1 ? (unscaled[feature] ??= compute(feature, 1)) : compute(feature, tokenScale)
}
