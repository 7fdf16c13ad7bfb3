import type { Migration } from './migration'
import { initialSchema } from './001_initial'
import { modelSource } from './002_model_source'
import { fileState } from './003_file_state'
import { structuralOverrides } from './004_structural_overrides'
import { actuals } from './005_actuals'
import { uncertainty } from './006_uncertainty'

/** Every migration this version of the app knows, oldest first. */
export const migrations: readonly Migration[] = [
  initialSchema,
  modelSource,
  fileState,
  structuralOverrides,
  actuals,
  uncertainty,
]

export type { Migration }
