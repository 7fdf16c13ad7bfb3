import { closeSync, openSync, readSync } from 'node:fs'
import { APPLICATION_ID } from '../db/migrations/runner'

/** A SQLite file whose header carries our application id ('AMPL' at byte 68). */
export function isWorkspaceFile(file: string): boolean {
  const header = Buffer.alloc(72)
  let fd: number | null = null
  try {
    fd = openSync(file, 'r')
    const read = readSync(fd, header, 0, header.length, 0)
    return (
      read === header.length &&
      header.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000' &&
      header.readUInt32BE(68) === APPLICATION_ID
    )
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
  }
}
