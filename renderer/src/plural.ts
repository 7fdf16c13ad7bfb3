/** English plural of a unit noun for headers: "ticket" → "tickets", "query" → "queries". */
export function plural(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`
  return `${noun}s`
}

/** A count and its noun for messages: "1 cell", "3 cells", "0 rows". */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : plural(noun)}`
}
