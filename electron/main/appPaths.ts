import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import { indexUrl } from './appProtocol'

export interface AppPaths {
  /** The renderer's build, the only folder the app:// protocol serves. */
  rendererDir: string
  /** The only page allowed to call the API (app://app/index.html). */
  indexUrl: string
  preload: string
  /** The export worker thread's bundle (electron/service/exports/exportWorker.ts). */
  exportWorker: string
  /** The workspace service's utility process bundle (electron/serviceProcess/main.ts). */
  serviceProcess: string
  demo: string
  /** The shipped resources: the demo, the price catalog. */
  resources: string
  /** better-sqlite3 built for Electron's ABI by launch.mjs; packaged builds ship a rebuilt module. */
  nativeBinding: string | undefined
}

/** The app path is the repository in development (`electron .`) and app.asar when packaged. */
export function appPaths(): AppPaths {
  const root = app.getAppPath()
  const devBinding = join(
    root,
    'dist',
    'native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  )
  const resources = app.isPackaged ? process.resourcesPath : join(root, 'resources')
  return {
    rendererDir: join(root, 'dist', 'renderer'),
    indexUrl,
    preload: join(root, 'dist', 'electron', 'preload.cjs'),
    exportWorker: join(root, 'dist', 'electron', 'exportWorker.cjs'),
    serviceProcess: join(root, 'dist', 'electron', 'serviceProcess.cjs'),
    demo: join(resources, 'demo-workspace.json'),
    resources,
    nativeBinding: !app.isPackaged && existsSync(devBinding) ? devBinding : undefined,
  }
}
