// The registry mirror on our build machines serves only the Linux builds of rollup's native
// binaries, so `npm install` there leaves the other platforms' entries out of package-lock.json,
// and `npm ci` then refuses the lock as out of sync with rollup's optionalDependencies. This adds
// the missing entries with the os/cpu/libc each binary declares (by rollup's naming scheme), which
// is all `npm ci` needs to skip them on a platform they are not for. Idempotent.
import { readFileSync, writeFileSync } from 'node:fs'

const lockPath = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
const rollup = lock.packages['node_modules/rollup']

function platformEntry(name) {
  const [os, cpu, abi] = name.replace('@rollup/rollup-', '').split('-')
  const entry = { version: rollup.version, cpu: [cpu], dev: true }
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc']
  return { ...entry, license: 'MIT', optional: true, os: [os] }
}

const missing = Object.keys(rollup?.optionalDependencies ?? {}).filter(
  (name) => !lock.packages[`node_modules/${name}`],
)
for (const name of missing) lock.packages[`node_modules/${name}`] = platformEntry(name)

if (missing.length > 0) {
  const [root, ...rest] = Object.keys(lock.packages)
  const ordered = [root, ...rest.sort((a, b) => a.localeCompare(b, 'en'))]
  lock.packages = Object.fromEntries(ordered.map((key) => [key, lock.packages[key]]))
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
  console.error(`ci: completed package-lock.json with ${missing.length} platform entries`)
}
