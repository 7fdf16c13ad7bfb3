/** Display names by id: results carry ids, the document carries names. */
export function namesById(items: readonly { id: string; name: string }[]): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.id, item.name]))
}
