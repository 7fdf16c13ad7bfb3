/**
 * One modal question at a time, answered through a promise: a confirmation, a model to pick. A
 * view asks and awaits; the dialog mounted once in App shows the request and answers it. A new
 * question dismisses the one still open.
 */
import { create } from 'zustand'

export interface PromptState<Request, Answer> {
  request: (Request & { resolve(answer: Answer): void }) | null
  answer(answer: Answer): void
}

/** A store of open requests and the `ask` that awaits the answer (`dismissed` when superseded). */
export function createPrompt<Request extends object, Answer>(dismissed: Answer) {
  const useStore = create<PromptState<Request, Answer>>()((set, get) => ({
    request: null,
    answer(answer) {
      get().request?.resolve(answer)
      set({ request: null })
    },
  }))
  const ask = (request: Request): Promise<Answer> =>
    new Promise((resolve) => {
      useStore.getState().request?.resolve(dismissed)
      useStore.setState({ request: { ...request, resolve } })
    })
  return { useStore, ask }
}
