/**
 * Schema 4: scenarios that change structure (DESIGN.md §4a). An override may insert an entity
 * (its JSON object in `value_json`) or remove one (no value), besides setting, scaling or adding a
 * number (`value`). SQLite cannot change a table's CHECKs in place, so the table is rebuilt and
 * its rows copied; nothing refers to overrides, so the swap breaks no reference.
 */
import type { Migration } from './migration'

const MAX_DOUBLE = '1.7976931348623157e308'

export const structuralOverrides: Migration = {
  version: 4,
  name: 'structural overrides',
  up: `CREATE TABLE overrides_v4 (
  scenario_id TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  path TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('set', 'scale', 'add', 'insert', 'remove')),
  value REAL CHECK (abs(value) <= ${MAX_DOUBLE}),
  value_json TEXT CHECK (json_valid(value_json) AND json_type(value_json) = 'object'),
  from_month INTEGER CHECK (from_month >= 0),
  CHECK (CASE op
    WHEN 'insert' THEN value IS NULL AND value_json IS NOT NULL
    WHEN 'remove' THEN value IS NULL AND value_json IS NULL
    ELSE value IS NOT NULL AND value_json IS NULL
  END),
  PRIMARY KEY (scenario_id, position),
  FOREIGN KEY (scenario_id) REFERENCES scenarios (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
) STRICT;

INSERT INTO overrides_v4 (scenario_id, position, path, op, value, from_month)
  SELECT scenario_id, position, path, op, value, from_month FROM overrides;

DROP TABLE overrides;

ALTER TABLE overrides_v4 RENAME TO overrides;`,
}
