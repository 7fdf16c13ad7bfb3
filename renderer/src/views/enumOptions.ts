import type { EnumOption } from '../grids/gridColumn'

/** Choices whose stored value is also what a person reads. */
export function plainOptions(values: readonly string[]): EnumOption[] {
  return values.map((value) => ({ value, label: value }))
}

/** Choices among entities: stored by id, shown by name. */
export function entityOptions(entities: readonly { id: string; name: string }[]): EnumOption[] {
  return entities.map((entity) => ({ value: entity.id, label: entity.name }))
}
