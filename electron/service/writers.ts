import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Writer, WriterApp } from '../db/queries/fileState'

/** A fresh writer identity for this process: one per opened file, so two windows differ. */
export function newWriter(app: WriterApp): Writer {
  return {
    id: randomUUID(),
    pid: process.pid,
    host: hostname(),
    app,
    since: new Date().toISOString(),
  }
}

/**
 * Whether the process that recorded itself as the file's writer still runs. On this machine the
 * process table says; a writer on another machine (a shared folder) cannot be checked, so it
 * counts as alive and the person decides.
 */
export function isAlive(writer: Writer): boolean {
  return writer.host !== hostname() || processRuns(writer.pid)
}

/** Whether process `pid` runs on this machine. */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const appNames: Record<WriterApp, string> = {
  desktop: 'the AI Margin Planner app',
  web: 'an AI Margin Planner browser window',
  cli: 'a margin command',
}

/** "the AI Margin Planner app (process 4242 on studio, since 2026-12-05 09:14 UTC)". */
export function describeWriter(writer: Writer): string {
  const since = writer.since.slice(0, 16).replace('T', ' ')
  return `${appNames[writer.app]} (process ${writer.pid} on ${writer.host}, since ${since} UTC)`
}
