import { create } from 'zustand'

/** The File menu's questions that need a path typed (the web app; the desktop app asks natively). */
export type PathRequest =
  { kind: 'demo' | 'blank' | 'open' | 'saveAs' } | { kind: 'import'; doc: unknown; name: string }

interface FileDialogState {
  request: PathRequest | null
  ask(request: PathRequest): void
  close(): void
}

/** Shared so the read-only banner can start a Save As as the File menu does. */
export const useFileDialog = create<FileDialogState>()((set) => ({
  request: null,
  ask: (request) => set({ request }),
  close: () => set({ request: null }),
}))
