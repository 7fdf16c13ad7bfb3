import { CopyOnWriteDraft, type PathKey } from '../copyOnWrite'
import type { WorkspaceDoc } from '../types'

/**
 * A batch of edits on one document, copy-on-write: only containers along edited paths are copied
 * (once per batch) and the original is never changed. Writes go through a holder object so that
 * even a top-level field can be removed by rewriting its container, the document itself.
 */
export class DocDraft {
  private readonly draft: CopyOnWriteDraft<{ doc: WorkspaceDoc }>

  constructor(doc: WorkspaceDoc) {
    this.draft = new CopyOnWriteDraft({ doc })
  }

  get doc(): WorkspaceDoc {
    return this.draft.root.doc
  }

  /** Puts `value` at `keys` (an empty list of keys replaces the whole document). */
  set(keys: readonly PathKey[], value: unknown): void {
    this.draft.set(['doc', ...keys], value)
  }
}
