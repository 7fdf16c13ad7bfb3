/** The worked examples as test documents, and helpers to break or freeze them. */
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'

export const EXAMPLE_NAMES = [
  'support-agent',
  'contract-analysis',
  'devtools-freemium',
  'selfhost-70b',
] as const

export type ExampleName = (typeof EXAMPLE_NAMES)[number]

/** A fresh copy of an example on every call: tests may change it freely. */
export function example(name: ExampleName): WorkspaceDoc {
  return exampleDocument(`${name}.json`)
}

/** An example as loose JSON, for tests that break it in ways the types forbid. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any

export function looseExample(name: ExampleName): Loose {
  return example(name)
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
