/**
 * Schema 1: the workspace document (DESIGN.md §2) as normalized STRICT tables.
 *
 * The helpers below live in this file on purpose: a migration is frozen once shipped, so it must
 * not change when shared code changes later.
 *
 * Every REAL column carries a finiteness check because SQLite stores ±Infinity as is (and a NaN
 * bound by the driver becomes NULL, which NOT NULL catches). A CHECK whose expression is NULL
 * passes, so the checks below also accept NULL in the optional (nullable) columns.
 * Optional document fields are nullable columns: NULL means "absent", so an export gives the
 * field back as absent. `position` keeps the document's array order.
 * References between entities are deferred to COMMIT so one transaction can rewrite both ends.
 */
import type { Migration } from './migration'

const MAX_DOUBLE = '1.7976931348623157e308'

type Rule = (column: string) => string

const nonNegative: Rule = (c) => `${c} >= 0`
const positive: Rule = (c) => `${c} > 0`
const percent: Rule = (c) => `${c} BETWEEN 0 AND 100`
const percentBelow100: Rule = (c) => `${c} >= 0 AND ${c} < 100`
const utilization: Rule = (c) => `${c} > 0 AND ${c} <= 100`
const atLeastOne: Rule = (c) => `${c} >= 1`
const growth: Rule = (c) => `${c} >= -100`

function real(column: string, rule: Rule | null, presence: 'required' | 'optional'): string {
  const finite = `abs(${column}) <= ${MAX_DOUBLE}`
  const check = rule ? `${finite} AND ${rule(column)}` : finite
  const nullability = presence === 'required' ? ' NOT NULL' : ''
  return `${column} REAL${nullability} CHECK (${check})`
}

const required = (column: string, rule: Rule | null = nonNegative) => real(column, rule, 'required')
const optional = (column: string, rule: Rule | null = nonNegative) => real(column, rule, 'optional')

function oneOf(column: string, values: string[]): string {
  return `${column} TEXT NOT NULL CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`
}

const id = 'id TEXT NOT NULL'
const name = 'name TEXT NOT NULL'
const position = 'position INTEGER NOT NULL CHECK (position >= 0)'
const deferred = 'DEFERRABLE INITIALLY DEFERRED'
const ownedBy = (columns: string, parent: string) =>
  `FOREIGN KEY (${columns}) REFERENCES ${parent} ON DELETE CASCADE ${deferred}`
const refersTo = (column: string, target: string) =>
  `FOREIGN KEY (${column}) REFERENCES ${target} ${deferred}`

function table(tableName: string, lines: string[]): string {
  return `CREATE TABLE ${tableName} (\n  ${lines.join(',\n  ')}\n) STRICT;`
}

const sql = [
  table('workspace', [
    'id INTEGER PRIMARY KEY CHECK (id = 1)',
    name,
    `currency TEXT NOT NULL CHECK (currency = 'USD')`,
    `start_month TEXT NOT NULL CHECK (length(start_month) = 7 AND start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]')`,
    'horizon_months INTEGER NOT NULL CHECK (horizon_months BETWEEN 1 AND 120)',
    optional('portfolio_floor_pct', percentBelow100),
    optional('annual_price_decline_pct', percentBelow100),
  ]),
  table('models', [
    `${id} PRIMARY KEY`,
    position,
    name,
    'provider TEXT NOT NULL',
    oneOf('kind', ['api', 'self-hosted']),
  ]),
  table('price_points', [
    'model_id TEXT NOT NULL',
    position,
    `from_date TEXT NOT NULL CHECK (length(from_date) = 10 AND from_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`,
    required('input_per_mtok'),
    required('output_per_mtok'),
    optional('cache_read_per_mtok'),
    optional('cache_write_per_mtok'),
    optional('reasoning_per_mtok'),
    optional('batch_discount_pct', percent),
    optional('long_threshold_tokens'),
    optional('long_input_per_mtok'),
    optional('long_output_per_mtok'),
    optional('long_cache_read_per_mtok'),
    optional('long_cache_write_per_mtok'),
    'PRIMARY KEY (model_id, position)',
    ownedBy('model_id', 'models (id)'),
    // A long-context tier is all or nothing: threshold and both prices, cache prices optional.
    `CHECK ((long_threshold_tokens IS NULL) = (long_input_per_mtok IS NULL)
      AND (long_threshold_tokens IS NULL) = (long_output_per_mtok IS NULL)
      AND (long_threshold_tokens IS NOT NULL
        OR (long_cache_read_per_mtok IS NULL AND long_cache_write_per_mtok IS NULL)))`,
  ]),
  table('features', [
    `${id} PRIMARY KEY`,
    position,
    name,
    'unit TEXT NOT NULL',
    oneOf('category', ['growth', 'core', 'premium']),
    optional('floor_pct', percentBelow100),
    optional('yellow_band_pts', percent),
    optional('price_per_unit'),
    optional('response_cache_hit_pct', percent),
    optional('retry_rate_pct'),
    optional('hidden_cost_pct'),
  ]),
  table('steps', [
    'feature_id TEXT NOT NULL',
    id,
    position,
    name,
    optional('calls_per_unit'),
    required('input_tokens'),
    required('output_tokens'),
    optional('reasoning_tokens'),
    optional('calls_per_unit_p95'),
    optional('input_tokens_p95'),
    optional('output_tokens_p95'),
    optional('reasoning_tokens_p95'),
    optional('cached_prefix_tokens'),
    optional('prefix_reuse', atLeastOne),
    optional('batch_share_pct', percent),
    'PRIMARY KEY (feature_id, id)',
    ownedBy('feature_id', 'features (id)'),
  ]),
  table('mix_entries', [
    'feature_id TEXT NOT NULL',
    'step_id TEXT NOT NULL',
    'model_id TEXT NOT NULL',
    position,
    required('share_pct', percent),
    'PRIMARY KEY (feature_id, step_id, model_id)',
    ownedBy('feature_id, step_id', 'steps (feature_id, id)'),
    refersTo('model_id', 'models (id)'),
  ]),
  table('components', [
    'feature_id TEXT NOT NULL',
    id,
    position,
    name,
    oneOf('layer', ['inference', 'orchestration', 'infrastructure', 'support']),
    optional('cost_per_unit'),
    optional('cost_per_unit_p95'),
    optional('fixed_monthly'),
    'PRIMARY KEY (feature_id, id)',
    ownedBy('feature_id', 'features (id)'),
  ]),
  table('plans', [
    `${id} PRIMARY KEY`,
    position,
    name,
    required('seat_price'),
    optional('platform_fee'),
    required('ai_revenue_share_pct', percent),
    oneOf('attribution', ['usage', 'cost', 'equal']),
    optional('non_ai_cogs_per_seat'),
    // Whether the record is present at all: `{}` and an absent record must export differently.
    'has_included_units INTEGER NOT NULL CHECK (has_included_units IN (0, 1))',
    'has_overage_price INTEGER NOT NULL CHECK (has_overage_price IN (0, 1))',
    'converts_to_plan_id TEXT',
    refersTo('converts_to_plan_id', 'plans (id)'),
  ]),
  // One row per plan × feature named in includedUnits or overagePrice; each record keeps its own
  // key order, hence one position per record.
  table('plan_feature_terms', [
    'plan_id TEXT NOT NULL',
    'feature_id TEXT NOT NULL',
    optional('included_units'),
    'included_position INTEGER CHECK (included_position >= 0)',
    optional('overage_price'),
    'overage_position INTEGER CHECK (overage_position >= 0)',
    'PRIMARY KEY (plan_id, feature_id)',
    ownedBy('plan_id', 'plans (id)'),
    refersTo('feature_id', 'features (id)'),
    `CHECK ((included_units IS NULL) = (included_position IS NULL)
      AND (overage_price IS NULL) = (overage_position IS NULL)
      AND (included_units IS NOT NULL OR overage_price IS NOT NULL))`,
  ]),
  table('cohorts', [
    `${id} PRIMARY KEY`,
    position,
    name,
    'plan_id TEXT NOT NULL',
    required('customers'),
    optional('seats_per_customer'),
    optional('monthly_growth_pct', growth),
    refersTo('plan_id', 'plans (id)'),
  ]),
  table('usage', [
    'cohort_id TEXT NOT NULL',
    'feature_id TEXT NOT NULL',
    position,
    required('units_per_seat'),
    optional('token_scale'),
    'PRIMARY KEY (cohort_id, feature_id)',
    ownedBy('cohort_id', 'cohorts (id)'),
    refersTo('feature_id', 'features (id)'),
  ]),
  table('self_host_options', [
    `${id} PRIMARY KEY`,
    position,
    name,
    required('gpu_hourly_cost'),
    required('gpus_per_replica'),
    required('tokens_per_second_per_replica', positive),
    required('target_utilization_pct', utilization),
    optional('ops_overhead_pct'),
    optional('fixed_monthly_cost'),
    optional('min_replicas'),
    optional('setup_cost'),
  ]),
  table('self_host_replaced_models', [
    'self_host_id TEXT NOT NULL',
    'model_id TEXT NOT NULL',
    position,
    // By position: the document allows a model to be listed twice.
    'PRIMARY KEY (self_host_id, position)',
    ownedBy('self_host_id', 'self_host_options (id)'),
    refersTo('model_id', 'models (id)'),
  ]),
  table('scenarios', [
    `${id} PRIMARY KEY`,
    position,
    name,
    'parent_id TEXT',
    refersTo('parent_id', 'scenarios (id)'),
  ]),
  table('overrides', [
    'scenario_id TEXT NOT NULL',
    position,
    'path TEXT NOT NULL',
    `op TEXT NOT NULL CHECK (op IN ('set', 'scale', 'add'))`,
    required('value', null),
    'from_month INTEGER CHECK (from_month >= 0)',
    'PRIMARY KEY (scenario_id, position)',
    ownedBy('scenario_id', 'scenarios (id)'),
  ]),
  // SQLite checks a reference on delete by scanning the referencing column: index each one.
  'CREATE INDEX mix_entries_by_model ON mix_entries (model_id);',
  'CREATE INDEX plans_by_conversion_target ON plans (converts_to_plan_id);',
  'CREATE INDEX plan_feature_terms_by_feature ON plan_feature_terms (feature_id);',
  'CREATE INDEX cohorts_by_plan ON cohorts (plan_id);',
  'CREATE INDEX usage_by_feature ON usage (feature_id);',
  'CREATE INDEX self_host_replaced_models_by_model ON self_host_replaced_models (model_id);',
  'CREATE INDEX scenarios_by_parent ON scenarios (parent_id);',
].join('\n\n')

export const initialSchema: Migration = { version: 1, name: 'initial schema', up: sql }
