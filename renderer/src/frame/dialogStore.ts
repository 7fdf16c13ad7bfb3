import { create } from 'zustand'

export interface ConfirmRequest {
  title: string
  message: string
  /** Listed under the message, e.g. what else a delete removes. */
  items?: string[]
  confirmLabel: string
  danger?: boolean
}

interface DialogState {
  confirmation: (ConfirmRequest & { resolve(ok: boolean): void }) | null
  answer(ok: boolean): void
}

/** One modal confirmation at a time, answered through a promise. */
export const useDialogs = create<DialogState>()((set, get) => ({
  confirmation: null,
  answer(ok) {
    get().confirmation?.resolve(ok)
    set({ confirmation: null })
  },
}))

export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  return new Promise((resolve) => {
    useDialogs.getState().confirmation?.resolve(false)
    useDialogs.setState({ confirmation: { ...request, resolve } })
  })
}
