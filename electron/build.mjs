// Bundles the Node sides of the app with esbuild (the renderer is Vite's job):
// Electron main + preload + the service's utility process, the web host and the `margin` CLI. Progress goes to stderr only, so
// `npm run web` keeps stdout for the URL line.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** better-sqlite3 is native: it stays in node_modules and loads its own .node file. */
const nativeModules = ['better-sqlite3']

/** Bundled CommonJS dependencies call require(); an ES module has none unless we make one. */
const esmRequire = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
}

const common = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
}

const bundles = [
  {
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...nativeModules],
  },
  {
    // The workspace service's utility process, forked by main (electron/main/serviceProcess.ts).
    // Plain Node: it must not (and, by the lint rules, cannot) import 'electron'.
    ...common,
    entryPoints: ['electron/serviceProcess/main.ts'],
    outfile: 'dist/electron/serviceProcess.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: nativeModules,
  },
  {
    // Exports run in a worker thread of the service process (electron/service/exports/workerRunner.ts).
    ...common,
    entryPoints: ['electron/service/exports/exportWorker.ts'],
    outfile: 'dist/electron/exportWorker.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: nativeModules,
  },
  {
    // A sandboxed preload may require only 'electron'; everything else is bundled in.
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    minify: true,
  },
  {
    ...common,
    entryPoints: ['electron/host/main.ts'],
    outfile: 'dist/host/main.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: nativeModules,
    banner: esmRequire,
  },
  {
    ...common,
    entryPoints: ['electron/service/exports/exportWorker.ts'],
    outfile: 'dist/host/exportWorker.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: nativeModules,
    banner: esmRequire,
  },
  {
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/margin.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: nativeModules,
    banner: esmRequire,
  },
  {
    // `margin simulate` runs in a worker thread started from beside margin.mjs
    // (electron/cli/simulate/runInWorker.ts).
    ...common,
    entryPoints: ['electron/cli/simulate/simulateWorker.ts'],
    outfile: 'dist/cli/simulateWorker.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
  },
  {
    // Run below: converts the genai-prices snapshot into the catalog the app ships.
    ...common,
    entryPoints: ['electron/catalog/buildCatalog.ts'],
    outfile: 'dist/tools/buildCatalog.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
  },
]

const started = performance.now()
try {
  await Promise.all(bundles.map((options) => build(options)))
} catch {
  // esbuild has already printed each error with its file and line.
  process.stderr.write('build failed\n')
  process.exit(1)
}
execFileSync(
  process.execPath,
  [join(root, 'dist/tools/buildCatalog.mjs'), join(root, 'resources')],
  {
    stdio: 'inherit',
  },
)
const elapsed = Math.round(performance.now() - started)
process.stderr.write(`built ${bundles.map((b) => b.outfile).join(', ')} in ${elapsed} ms\n`)
