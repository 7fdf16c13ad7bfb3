import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { api } from '../transport/api'
import { useWorkspace } from '../store/workspaceStore'
import { BackupsDialog } from './BackupsDialog'
import { fileActions, fileName, suggestPath } from './fileActions'
import { useFileDialog, type PathRequest } from './fileDialogStore'
import { PathDialog } from './PathDialog'

const dialogText: Record<PathRequest['kind'], { title: string; hint: string; confirm: string }> = {
  demo: {
    title: 'New workspace from the demo',
    hint: 'A new .marginplan file with the demo features, plans and scenarios.',
    confirm: 'Create',
  },
  blank: {
    title: 'New blank workspace',
    hint: 'A new, empty .marginplan file.',
    confirm: 'Create',
  },
  open: {
    title: 'Open a workspace',
    hint: 'The path of an existing .marginplan file.',
    confirm: 'Open',
  },
  saveAs: {
    title: 'Save the workspace as',
    hint: 'A copy is written there and becomes the open workspace.',
    confirm: 'Save',
  },
  import: {
    title: 'Import JSON into a new workspace',
    hint: 'The document is checked first; the new .marginplan file is written there.',
    confirm: 'Import',
  },
}

function initialPath(request: PathRequest, name: string, path: string | null): string {
  switch (request.kind) {
    case 'demo':
      return suggestPath('demo-workspace')
    case 'blank':
      return suggestPath('untitled')
    case 'open':
      return path ?? ''
    case 'saveAs':
      return suggestPath(`${name} copy`)
    case 'import':
      return suggestPath(request.name)
  }
}

/** File actions for both modes (Electron also has them in its native menu). */
export function FileMenu() {
  const [open, setOpen] = useState(false)
  const [recent, setRecent] = useState<string[]>([])
  const [backupsOpen, setBackupsOpen] = useState(false)
  const request = useFileDialog((state) => state.request)
  const setRequest = (next: PathRequest | null) =>
    next === null ? useFileDialog.getState().close() : useFileDialog.getState().ask(next)
  const fileInput = useRef<HTMLInputElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const name = useWorkspace((state) => state.doc?.name ?? '')
  const path = useWorkspace((state) => state.path)

  useEffect(() => {
    if (!open) return
    void fileActions.recent().then(setRecent)
    function closeOnOutside(event: MouseEvent) {
      if (!menu.current?.contains(event.target as Node)) setOpen(false)
    }
    // Esc closes the menu and gives the focus back to its button, as a native menu does.
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      setOpen(false)
      menu.current?.querySelector<HTMLButtonElement>('[data-testid="file-menu"]')?.focus()
    }
    window.addEventListener('mousedown', closeOnOutside)
    window.addEventListener('keydown', closeOnEscape)
    return () => {
      window.removeEventListener('mousedown', closeOnOutside)
      window.removeEventListener('keydown', closeOnEscape)
    }
  }, [open])

  function choose(kind: Exclude<PathRequest['kind'], 'import'>) {
    setOpen(false)
    fileActions.start(kind)
  }

  async function submit(target: string) {
    if (request === null) return
    const done =
      request.kind === 'open'
        ? await fileActions.open(target)
        : request.kind === 'saveAs'
          ? await fileActions.saveAs(target)
          : request.kind === 'import'
            ? await fileActions.importJson(target, request.doc)
            : await fileActions.create(target, request.kind)
    if (done) setRequest(null)
  }

  async function readImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file === undefined) return
    try {
      const doc: unknown = JSON.parse(await file.text())
      const docName =
        typeof doc === 'object' && doc !== null && 'name' in doc && typeof doc.name === 'string'
          ? doc.name
          : file.name.replace(/\.json$/i, '')
      setRequest({ kind: 'import', doc, name: docName })
    } catch (error) {
      useWorkspace.getState().notify({
        kind: 'error',
        text: `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }

  const text = request === null ? null : dialogText[request.kind]
  return (
    <div className="menu" ref={menu}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="file-menu"
        onClick={() => setOpen(!open)}
      >
        File ▾
      </button>
      {open && (
        <div className="menu-popup" role="menu">
          <button role="menuitem" type="button" onClick={() => choose('demo')}>
            New from demo…
          </button>
          <button role="menuitem" type="button" onClick={() => choose('blank')}>
            New blank…
          </button>
          <button role="menuitem" type="button" onClick={() => choose('open')}>
            Open…
          </button>
          <div className="menu-section">Recent files</div>
          {recent.length === 0 && <div className="menu-empty">No recent files</div>}
          {recent.map((recentPath, index) => (
            <button
              key={recentPath}
              role="menuitem"
              type="button"
              title={recentPath}
              onClick={() => {
                setOpen(false)
                void fileActions.openRecent(index, recentPath)
              }}
            >
              {fileName(recentPath)}
            </button>
          ))}
          <hr />
          <button role="menuitem" type="button" onClick={() => choose('saveAs')}>
            Save as…
          </button>
          <button
            role="menuitem"
            type="button"
            data-testid="file-backups"
            onClick={() => {
              setOpen(false)
              setBackupsOpen(true)
            }}
          >
            Backups…
          </button>
          <button
            role="menuitem"
            type="button"
            onClick={() => {
              setOpen(false)
              if (api.isDesktop()) void fileActions.importInDesktop()
              else fileInput.current?.click()
            }}
          >
            Import JSON…
          </button>
          <button
            role="menuitem"
            type="button"
            onClick={() => {
              setOpen(false)
              void fileActions.exportJson()
            }}
          >
            Export JSON
          </button>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => void readImport(event)}
      />
      {request !== null && text !== null && (
        <PathDialog
          title={text.title}
          hint={text.hint}
          confirmLabel={text.confirm}
          initialPath={initialPath(request, name, path)}
          onSubmit={(target) => void submit(target)}
          onClose={() => setRequest(null)}
        />
      )}
      {backupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} />}
    </div>
  )
}
