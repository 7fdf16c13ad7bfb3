/**
 * Id order (code units, locale-free, ties in row order): the engine sums every collection in this
 * order so results never depend on the order of rows in the document.
 */

/** Lists up to this long (a mix, a feature's steps) sort by insertion: no comparator calls. */
const SHORT_LIST = 16

/** Row indexes in id order; null when the ids already are in order. */
export function idPermutation(ids: readonly string[]): number[] | null {
  let inOrder = true
  for (let i = 1; i < ids.length && inOrder; i++) inOrder = ids[i - 1]! <= ids[i]!
  if (inOrder) return null
  const indexes = ids.map((_, index) => index)
  if (ids.length > SHORT_LIST) {
    // Array.prototype.sort is stable: equal ids keep their row order.
    return indexes.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
  }
  for (let i = 1; i < indexes.length; i++) {
    const row = indexes[i]!
    let j = i - 1
    for (; j >= 0 && ids[indexes[j]!]! > ids[row]!; j--) indexes[j + 1] = indexes[j]!
    indexes[j + 1] = row
  }
  return indexes
}

/** The rows in id order: the very same array when they already are. */
export function sortedById<T>(rows: readonly T[], idOf: (row: T) => string): readonly T[] {
  const indexes = idPermutation(rows.map(idOf))
  return indexes ? indexes.map((index) => rows[index]!) : rows
}

/** For each row, its position in id order, given the permutation `idPermutation` returned. */
export function positionsOf(permutation: readonly number[] | null, rows: number): number[] {
  // A plain loop, not Array.from: Monte Carlo draws compile features again thousands of times.
  const positions: number[] = []
  for (let row = 0; row < rows; row++) positions.push(row)
  permutation?.forEach((row, position) => (positions[row] = position))
  return positions
}
