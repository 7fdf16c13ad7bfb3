// `npm run web -- [host options]`: builds what is stale, then runs the loopback web host.
// Stdout belongs to the host's single URL line, so every build step writes to stderr.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const sourceDirs = ['renderer', 'shared', 'electron', 'resources']
const outputs = ['dist/renderer/index.html', 'dist/host/main.mjs', 'dist/host/exportWorker.mjs']

function newestMtime(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  )
}

function isStale() {
  const built = outputs.map((file) => join(root, file))
  if (!built.every((file) => existsSync(file))) return true
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs))
  const newestSource = Math.max(
    ...sourceDirs
      .map((dir) => join(root, dir))
      .filter(existsSync)
      .map(newestMtime),
    statSync(join(root, 'package.json')).mtimeMs,
  )
  return newestSource > oldestOutput
}

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

if (isStale()) {
  process.stderr.write('Building the app (sources changed since the last build)…\n')
  try {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
    await run([vite, 'build', '-c', 'renderer/vite.config.ts'])
    await run(['electron/build.mjs'])
  } catch (error) {
    process.stderr.write(`Build failed: ${error.message}\n`)
    process.exit(1)
  }
}

const host = spawn(process.execPath, ['dist/host/main.mjs', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
// A terminal's Ctrl+C reaches both processes; a `kill` of this one alone must reach the host too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
