import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')

/** The `key: value` lines of one top-level YAML mapping (enough for the flat fuses block). */
function topLevelMapping(yaml: string, key: string): Record<string, string> | null {
  const lines = yaml.split(/\r?\n/)
  const start = lines.findIndex((line) => line === `${key}:`)
  if (start === -1) return null
  const entries: Record<string, string> = {}
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const entry = /^ {2}([A-Za-z]+): *(\S+) *$/.exec(line)
    if (!entry) break
    entries[entry[1] as string] = entry[2] as string
  }
  return entries
}

describe('the packaged binary’s Electron fuses', () => {
  it('are set in electron-builder.yml: no Node mode, no inspector, code only from the asar', () => {
    expect(topLevelMapping(config, 'electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    })
  })

  it('use only keys electron-builder 26 knows', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../../node_modules/app-builder-lib/scheme.json', import.meta.url),
        'utf8',
      ),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } }
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties)
    for (const key of Object.keys(topLevelMapping(config, 'electronFuses') ?? {})) {
      expect(known).toContain(key)
    }
  })
})
