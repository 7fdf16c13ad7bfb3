import type { Migration } from './migration'
import { initialSchema } from './001_initial'

/** Every migration this version of the app knows, oldest first. */
export const migrations: readonly Migration[] = [initialSchema]

export type { Migration }
