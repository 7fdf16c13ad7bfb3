/**
 * Which catalog the app offers: the one a user refreshed (kept in the app's data folder), else the
 * shipped one (built into resources/, or converted from the snapshot in a checkout not yet built).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { catalogFileProblem, type CatalogFile } from '../../shared/catalog/catalogFile'
import { writeFileAtomically } from '../service/newFile'
import type { Log } from '../service/log'
import { BUILT_CATALOG, catalogFromSnapshot } from './snapshotCatalog'

export type CatalogOrigin = 'shipped' | 'refreshed'

export interface CatalogStoreOptions {
  resourcesDir: string
  /** Where a refreshed catalog is kept; none in the CLI, which reads the shipped one. */
  refreshedFile?: string
  log?: Log
}

export class CatalogStore {
  private shippedCatalog: CatalogFile | undefined
  private refreshedCatalog: CatalogFile | null | undefined

  constructor(private readonly options: CatalogStoreOptions) {}

  current(): { catalog: CatalogFile; origin: CatalogOrigin } {
    const refreshed = this.refreshed()
    return refreshed
      ? { catalog: refreshed, origin: 'refreshed' }
      : { catalog: this.shipped(), origin: 'shipped' }
  }

  shipped(): CatalogFile {
    if (!this.shippedCatalog) {
      const built = join(this.options.resourcesDir, BUILT_CATALOG)
      this.shippedCatalog = existsSync(built)
        ? (JSON.parse(readFileSync(built, 'utf8')) as CatalogFile)
        : catalogFromSnapshot(this.options.resourcesDir)
    }
    return this.shippedCatalog
  }

  /** Keeps `catalog` as the user's own, replacing any earlier refresh in one rename. */
  async saveRefreshed(catalog: CatalogFile): Promise<void> {
    const target = this.requireRefreshedFile()
    await writeFileAtomically(target, true, (temporary) =>
      writeFile(temporary, JSON.stringify(catalog)),
    )
    this.refreshedCatalog = catalog
  }

  /** Back to the shipped catalog. */
  reset(): void {
    rmSync(this.requireRefreshedFile(), { force: true })
    this.refreshedCatalog = null
  }

  private refreshed(): CatalogFile | null {
    if (this.refreshedCatalog !== undefined) return this.refreshedCatalog
    this.refreshedCatalog = null
    const file = this.options.refreshedFile
    if (file === undefined || !existsSync(file)) return null
    try {
      const catalog: unknown = JSON.parse(readFileSync(file, 'utf8'))
      const problem = catalogFileProblem(catalog)
      if (problem !== null) throw new Error(problem)
      this.refreshedCatalog = catalog as CatalogFile
    } catch (error) {
      // A damaged copy must not cost the user the catalog: the shipped one still serves.
      this.options.log?.(`Ignoring the refreshed price catalog at ${file}`, error)
    }
    return this.refreshedCatalog
  }

  private requireRefreshedFile(): string {
    if (this.options.refreshedFile === undefined) throw new Error('no place to keep a catalog')
    return this.options.refreshedFile
  }
}
