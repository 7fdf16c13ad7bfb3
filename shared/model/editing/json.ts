import type { JsonValue } from '../editTypes'

/**
 * A document value as an edit value. Document values are JSON (their interfaces just do not say so
 * to TypeScript); an absent value becomes `null`, which a `set` reads as "remove the field".
 */
export const asJson = (value: unknown): JsonValue =>
  value === undefined ? null : (value as JsonValue)
