/**
 * Schema 6: uncertainty and the margin backlog (DESIGN.md §11, §12, §13). The document gains the
 * baseline's ranges, each scenario's own ranges and the backlog of levers. Every table is STRICT
 * and every column checked: the validator comes first, these CHECKs are the last line (NaN is
 * stored as NULL and refused by NOT NULL; ±Infinity fails the bound). One range per path is the
 * validator's rule alone: rows are written by position, and a reorder would trip a UNIQUE midway.
 * Text has no length bound the validator does not have: a valid document always saves.
 */
import type { Migration } from './migration'

const MAX_DOUBLE = '1.7976931348623157e308'
const FINITE = (column: string) => `${column} REAL NOT NULL CHECK (abs(${column}) <= ${MAX_DOUBLE})`
/** The columns of one range, in the baseline's table and in the scenarios'. */
const RANGE_COLUMNS = `position INTEGER NOT NULL CHECK (position >= 0),
  path TEXT NOT NULL CHECK (length(path) >= 1),
  ${FINITE('low')},
  ${FINITE('likely')},
  ${FINITE('high')},
  shape TEXT NOT NULL CHECK (shape IN ('pert', 'triangular', 'uniform', 'lognormal')),
  group_name TEXT,
  CHECK (low <= high),
  CHECK (shape = 'lognormal' OR (low <= likely AND likely <= high)),
  CHECK (shape <> 'lognormal' OR low > 0)`

export const uncertainty: Migration = {
  version: 6,
  name: 'ranges and backlog',
  up: `CREATE TABLE ranges (
  ${RANGE_COLUMNS},
  PRIMARY KEY (position)
) STRICT;

CREATE TABLE scenario_ranges (
  scenario_id TEXT NOT NULL,
  ${RANGE_COLUMNS},
  PRIMARY KEY (scenario_id, position),
  FOREIGN KEY (scenario_id) REFERENCES scenarios (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TABLE backlog (
  id TEXT PRIMARY KEY CHECK (length(id) >= 1),
  position INTEGER NOT NULL CHECK (position >= 0),
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('idea', 'planned', 'shipped', 'dropped')),
  owner TEXT,
  due TEXT CHECK (due IS NULL OR (length(due) = 10 AND date(due) = due)),
  notes TEXT,
  lever_id TEXT,
  one_off_cost REAL CHECK (one_off_cost IS NULL OR (one_off_cost >= 0 AND one_off_cost <= ${MAX_DOUBLE})),
  overrides_json TEXT NOT NULL
    CHECK (json_valid(overrides_json) AND json_type(overrides_json) = 'array')
) STRICT;`,
}
