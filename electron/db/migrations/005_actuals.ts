/**
 * Schema 5: actuals and alerts (DESIGN.md §9, §10, §13). The document gains its alert rules and
 * import mappings; beside the document, imported usage is kept as daily aggregates (never raw
 * prompts), with what calibration needs (value → count histograms), the rows that matched no
 * feature, imported revenue and a record of each import. Every table is STRICT and every column
 * checked: the importer validates first, these CHECKs are the last line. Calls whose source
 * reported a cost and calls it did not are kept apart (`cost_reported`): the latter are priced
 * from the price book, and summing them into one reported cost would make them free.
 */
import type { Migration } from './migration'

const MAX_DOUBLE = '1.7976931348623157e308'
const FORMAT_NAMES = ['langfuse', 'helicone', 'litellm', 'openai', 'anthropic', 'otel', 'csv']
const FORMATS = FORMAT_NAMES.map((format) => `'${format}'`).join(', ')
/** A format's usage, or its cost alone (a cost report: `anthropic-cost`), each replaced apart. */
const SOURCES = FORMAT_NAMES.flatMap((format) => [`'${format}'`, `'${format}-cost'`]).join(', ')
const DAY = (column: string) =>
  `${column} TEXT NOT NULL CHECK (length(${column}) = 10 AND date(${column}) = ${column})`
const TEXT_ID = (column: string) =>
  `${column} TEXT NOT NULL CHECK (length(${column}) BETWEEN 0 AND 500)`
const COUNT = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} >= 0)`
const MONEY = (column: string) =>
  `${column} REAL CHECK (${column} IS NULL OR abs(${column}) <= ${MAX_DOUBLE})`

export const actuals: Migration = {
  version: 5,
  name: 'actuals and alerts',
  up: `CREATE TABLE alert_rules (
  id TEXT PRIMARY KEY CHECK (id IN ('yellow-7d', 'red-3d', 'customer-cost-ratio',
    'cost-per-unit-jump', 'price-change')),
  position INTEGER NOT NULL CHECK (position >= 0),
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  window_days INTEGER CHECK (window_days BETWEEN 1 AND 90),
  threshold REAL CHECK (threshold > 0 AND threshold <= ${MAX_DOUBLE})
) STRICT;

CREATE TABLE actuals_mappings (
  id TEXT PRIMARY KEY CHECK (id IN (${FORMATS})),
  position INTEGER NOT NULL CHECK (position >= 0),
  mapping_json TEXT NOT NULL
    CHECK (json_valid(mapping_json) AND json_type(mapping_json) = 'object')
) STRICT;

CREATE TABLE actual_imports (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN (${SOURCES}, 'revenue')),
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 500),
  imported_at TEXT NOT NULL CHECK (length(imported_at) BETWEEN 20 AND 30),
  first_day TEXT CHECK (first_day IS NULL OR date(first_day) = first_day),
  last_day TEXT CHECK (last_day IS NULL OR date(last_day) = last_day),
  ${COUNT('rows_read')},
  ${COUNT('rows_matched')},
  ${COUNT('rows_unmatched')},
  ${COUNT('rows_rejected')},
  ${COUNT('rows_skipped')},
  CHECK (rows_matched + rows_unmatched + rows_rejected + rows_skipped = rows_read),
  CHECK (first_day <= last_day)
) STRICT;

CREATE TABLE actual_days (
  source TEXT NOT NULL CHECK (source IN (${SOURCES})),
  ${DAY('day')},
  feature_id TEXT NOT NULL CHECK (length(feature_id) BETWEEN 1 AND 500),
  ${TEXT_ID('step_id')},
  model_id TEXT CHECK (model_id IS NULL OR length(model_id) BETWEEN 1 AND 500),
  ${TEXT_ID('source_model')},
  customer_id TEXT NOT NULL CHECK (length(customer_id) BETWEEN 1 AND 500),
  cohort_id TEXT CHECK (cohort_id IS NULL OR length(cohort_id) BETWEEN 1 AND 500),
  ${COUNT('units')},
  ${COUNT('calls')},
  ${COUNT('input_tokens')},
  ${COUNT('cached_input_tokens')},
  ${COUNT('cache_write_tokens')},
  ${COUNT('output_tokens')},
  ${COUNT('reasoning_tokens')},
  batch_calls INTEGER NOT NULL CHECK (batch_calls BETWEEN 0 AND calls),
  ${MONEY('reported_cost')} CHECK (reported_cost IS NULL OR reported_cost >= 0),
  cost_reported INTEGER NOT NULL CHECK (cost_reported IN (0, 1)),
  cache_hits INTEGER CHECK (cache_hits IS NULL OR cache_hits BETWEEN 0 AND calls),
  CHECK ((reported_cost IS NULL) = (cost_reported = 0)),
  PRIMARY KEY (source, day, feature_id, step_id, source_model, customer_id, cost_reported)
) STRICT;

CREATE INDEX actual_days_by_day ON actual_days (day);

CREATE TABLE actual_samples (
  source TEXT NOT NULL CHECK (source IN (${SOURCES})),
  ${DAY('day')},
  feature_id TEXT NOT NULL CHECK (length(feature_id) BETWEEN 1 AND 500),
  ${TEXT_ID('step_id')},
  metric TEXT NOT NULL CHECK (metric IN ('callsPerUnit', 'inputTokens', 'cachedInputTokens',
    'outputTokens', 'reasoningTokens')),
  value REAL NOT NULL CHECK (value >= 0 AND value <= ${MAX_DOUBLE}),
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (source, day, feature_id, step_id, metric, value)
) STRICT;

CREATE TABLE actual_unmatched (
  source TEXT NOT NULL CHECK (source IN (${SOURCES})),
  ${DAY('day')},
  ${TEXT_ID('value')},
  rows INTEGER NOT NULL CHECK (rows > 0),
  cost REAL NOT NULL CHECK (cost >= 0 AND cost <= ${MAX_DOUBLE}),
  PRIMARY KEY (source, day, value)
) STRICT;

CREATE TABLE actual_revenue (
  ${DAY('day')},
  ${TEXT_ID('customer_id')},
  ${TEXT_ID('cohort_id')},
  ${TEXT_ID('feature_id')},
  amount REAL NOT NULL CHECK (abs(amount) <= ${MAX_DOUBLE}),
  PRIMARY KEY (day, customer_id, cohort_id, feature_id)
) STRICT;`,
}
