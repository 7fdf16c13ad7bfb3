/**
 * Schema 2: a model remembers the id its price source knows it by (DESIGN.md §8), so a price
 * refresh finds the workspace's copy of a catalog model. NULL for models typed by hand.
 */
import type { Migration } from './migration'

export const modelSource: Migration = {
  version: 2,
  name: 'model source id',
  up: `ALTER TABLE models ADD COLUMN source_id TEXT;`,
}
