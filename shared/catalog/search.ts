/**
 * Type-ahead over the catalog: "sonnet 5" finds anthropic's `claude-sonnet-5`. A query's words
 * each have to start a word of the model's id or provider, each word matched once, or else
 * appear anywhere in the id written without separators (so "gpt4o" finds `gpt-4o`). Best first:
 * the id itself, then an id of exactly the query's words, then the words in the query's order and
 * side by side, then ids that start with the first word, then shorter ids (the plain model before
 * its variants).
 */
import type { CatalogModel } from './priceBook'

export interface CatalogEntry {
  model: CatalogModel
  providerName: string
  words: string[]
  /** The first `idWords` of `words` are the id's. */
  idWords: number
  compact: string
}

export interface CatalogSearch {
  provider?: string
  limit?: number
}

export interface CatalogMatches {
  models: CatalogModel[]
  /** How many matched in all, of which `models` are the best `limit`. */
  total: number
}

const SEPARATORS = /[\s\-_./:~@()[\],]+/

const wordsOf = (text: string): string[] => text.toLowerCase().split(SEPARATORS).filter(Boolean)

/** Built once per catalog, so each keystroke only compares words. */
export function catalogEntries(
  models: readonly CatalogModel[],
  providerNames: Readonly<Record<string, string>> = {},
): CatalogEntry[] {
  return models.map((model) => {
    const providerName = providerNames[model.provider] ?? model.provider
    const idWords = wordsOf(model.sourceId)
    return {
      model,
      providerName,
      words: [...idWords, ...wordsOf(model.provider), ...wordsOf(providerName)],
      idWords: idWords.length,
      compact: idWords.join(''),
    }
  })
}

export function searchCatalog(
  entries: readonly CatalogEntry[],
  query: string,
  { provider, limit = 50 }: CatalogSearch = {},
): CatalogMatches {
  const terms = wordsOf(query)
  const scored: { entry: CatalogEntry; score: number }[] = []
  for (const entry of entries) {
    if (provider !== undefined && entry.model.provider !== provider) continue
    const score = scoreOf(entry, terms, query.trim().toLowerCase())
    if (score !== null) scored.push({ entry, score })
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.entry.model.sourceId.localeCompare(b.entry.model.sourceId) ||
      a.entry.model.provider.localeCompare(b.entry.model.provider),
  )
  return { models: scored.slice(0, limit).map(({ entry }) => entry.model), total: scored.length }
}

/** Lower is better; null when a term matches nothing. */
function scoreOf(entry: CatalogEntry, terms: readonly string[], whole: string): number | null {
  if (terms.length === 0) return entry.idWords
  const positions = wordPositions(entry.words, terms)
  if (positions.some((at, i) => at < 0 && !entry.compact.includes(terms[i]!))) return null
  if (entry.model.sourceId.toLowerCase() === whole) return 0
  // The id is the query's words and no more ("llama 3.3 70b" and `llama-3.3-70b`).
  if (entry.idWords === terms.length && positions.every((at, i) => at === i)) return 1
  const sideBySide = positions.every(
    (at, i) => i === 0 || (at >= 0 && at === positions[i - 1]! + 1),
  )
  const leading = positions[0] === 0 ? 0 : 500
  return (sideBySide ? 1_000 : 2_000) + leading + entry.idWords
}

/**
 * Where each term starts a word, each word used once: the first unused word after the previous
 * term's, else the first unused one anywhere (-1 for none). So "3.3" takes both threes of
 * `llama-3.3-70b`, in order.
 */
function wordPositions(words: readonly string[], terms: readonly string[]): number[] {
  const used = new Set<number>()
  const unused = (from: number, term: string) =>
    words.findIndex((word, at) => at >= from && !used.has(at) && word.startsWith(term))
  let previous = -1
  return terms.map((term) => {
    const after = unused(previous + 1, term)
    const at = after >= 0 ? after : unused(0, term)
    if (at >= 0) {
      used.add(at)
      previous = at
    }
    return at
  })
}
