/**
 * The Plotly build the app draws its charts with, read from node_modules at export time and
 * inlined into the report page, so the PDF's charts are drawn by the same code as the screen's
 * and the page needs no network.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const bundle = 'plotly.js-strict-dist-min/plotly-strict.min.js'

let source: string | null = null

/**
 * Node's own resolution: `require` exists in the CommonJS bundles (Electron main, its export
 * worker), in the ES-module bundles (their banner makes one) and under vitest. Run from source by
 * tsx (`npm run margin`) there is none, and the entry script's folder leads to the same
 * node_modules. (Not import.meta: esbuild warns on it in every CommonJS build.)
 */
function resolveBundle(): string {
  const resolver =
    typeof require === 'function'
      ? require
      : createRequire(process.argv[1] ?? join(process.cwd(), 'index.js'))
  return resolver.resolve(bundle)
}

/** Read once per process: 5 MB that every export would otherwise read again. */
export function plotlySource(): string {
  source ??= readFileSync(resolveBundle(), 'utf8')
  return source
}
