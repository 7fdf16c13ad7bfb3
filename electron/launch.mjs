// `npm start` (after `npm run build`): runs the desktop app from the repository.
// Electron needs better-sqlite3 compiled for its own ABI; that build is made here on first launch
// (never on `npm install`) and kept in dist/native/electron-<version>/, which main loads in dev.
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const nativeDir = join(root, 'dist', 'native', `electron-${electronVersion}`)
const nativeFile = join(nativeDir, 'better_sqlite3.node')

function fail(lines) {
  process.stderr.write(`${lines.join('\n')}\n`)
  process.exit(1)
}

/** Requiring the package downloads Electron's binary on first use, as Electron itself does. */
function electronBinary() {
  try {
    return require('electron')
  } catch {
    // Electron's own message suggests reinstalling, which does not help without network access.
    return fail([
      '',
      `Could not start the desktop app: Electron ${electronVersion}'s binary is not installed`,
      'and could not be downloaded (details above). It is fetched from GitHub on first launch.',
      'To use the same app without it, run it in your browser:  npm run web',
    ])
  }
}

/** Compiles better-sqlite3 against Electron's headers in a scratch copy, leaving node_modules alone. */
async function buildNativeModule() {
  process.stderr.write(
    `Building better-sqlite3 for Electron ${electronVersion} (first launch only)…\n`,
  )
  const work = mkdtempSync(join(tmpdir(), 'amp-native-'))
  try {
    const moduleDir = join(work, 'node_modules', 'better-sqlite3')
    cpSync(join(root, 'node_modules', 'better-sqlite3'), moduleDir, {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, 'node_modules', 'better-sqlite3', 'build')),
    })
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({
        name: 'native-build',
        private: true,
        dependencies: { 'better-sqlite3': '*' },
      }),
    )
    const { rebuild } = await import('@electron/rebuild')
    await rebuild({
      buildPath: work,
      electronVersion,
      force: true,
      onlyModules: ['better-sqlite3'],
    })
    mkdirSync(nativeDir, { recursive: true })
    copyFileSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), nativeFile)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (!existsSync(join(root, 'dist', 'electron', 'main.cjs'))) {
  fail(['dist/electron/main.cjs is missing: run `npm run build` first (`npm start` does both).'])
}
const electron = electronBinary()
if (!existsSync(nativeFile)) {
  try {
    await buildNativeModule()
  } catch (error) {
    fail([
      `Could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}`,
      "This needs a C++ toolchain and network access to Electron's headers the first time.",
      'The web version needs neither:  npm run web',
    ])
  }
}

const env = { ...process.env }
// Set by some tools (and by Electron's own test runners); it would start Electron as plain Node.
delete env.ELECTRON_RUN_AS_NODE
const app = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
