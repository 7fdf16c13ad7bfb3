import type { Migration } from './migration'
import { initialSchema } from './001_initial'
import { modelSource } from './002_model_source'
import { fileState } from './003_file_state'

/** Every migration this version of the app knows, oldest first. */
export const migrations: readonly Migration[] = [initialSchema, modelSource, fileState]

export type { Migration }
