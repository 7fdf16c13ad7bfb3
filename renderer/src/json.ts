import type { JsonValue } from '../../shared/model/editTypes'

/**
 * Document entities are plain JSON by construction (validated on the way in), but their
 * interfaces carry no index signature, so TypeScript cannot see them as JsonValue.
 */
export function asJson(value: object): JsonValue {
  return value as unknown as JsonValue
}
