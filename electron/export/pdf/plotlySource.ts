/**
 * The Plotly build the app draws its charts with, read from node_modules at export time and
 * inlined into the report page, so the PDF's charts are drawn by the same code as the screen's
 * and the page needs no network.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const bundle = 'plotly.js-strict-dist-min/plotly-strict.min.js'

let source: string | null = null

/**
 * Resolved from this module's own location: `__filename` in Electron main's CommonJS bundle
 * (where import.meta is empty), `import.meta.url` in the ES-module builds (CLI, web host, tests).
 */
function resolveBundle(): string {
  const from = typeof __filename === 'string' ? __filename : import.meta.url
  return createRequire(from).resolve(bundle)
}

/** Read once per process: 5 MB that every export would otherwise read again. */
export function plotlySource(): string {
  source ??= readFileSync(resolveBundle(), 'utf8')
  return source
}
