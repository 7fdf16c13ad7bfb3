/**
 * Ids appear as segments of edit and override paths (`features/<id>/steps/<id>`), so an id must
 * be something such a path can carry: not empty, no `/`, and not a selector (`*`, `provider:…`).
 */
export function idProblem(id: string): string | null {
  if (id.trim() === '') return 'must not be empty'
  if (id.includes('/')) return `"${id}" must not contain "/" (ids are path segments)`
  if (id === '*' || id.startsWith('provider:')) return `"${id}" is reserved for override selectors`
  return null
}
