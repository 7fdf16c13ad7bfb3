import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Writer, WriterApp } from '../db/queries/fileState'

/** The writer ids this process holds: a record with our pid but another id is a dead process's. */
const ownWriters = new Set<string>()

/** A fresh writer identity for this process: one per opened file, so two windows differ. */
export function newWriter(app: WriterApp): Writer {
  const since = new Date().toISOString()
  const writer = { id: randomUUID(), pid: process.pid, host: hostname(), app, since }
  ownWriters.add(writer.id)
  return writer
}

/** This process no longer writes as `writer` (the file was closed). */
export function releaseWriter(writer: Writer): void {
  ownWriters.delete(writer.id)
}

/**
 * Whether the process that recorded itself as the file's writer still runs. On this machine the
 * process table says (and, for our own pid, whether we hold that writer); a writer on another machine (a shared folder) cannot be checked, so it
 * counts as alive and the person decides.
 */
export function isAlive(writer: Writer): boolean {
  if (writer.host !== hostname()) return true
  // After a crash and a restart, a container gives the new process the old one's pid.
  if (writer.pid === process.pid) return ownWriters.has(writer.id)
  return processRuns(writer.pid)
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
