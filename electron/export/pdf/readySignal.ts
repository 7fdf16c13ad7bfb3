/**
 * Waiting for the report page's ready signal (see drawScript), the same way in both renderers:
 * an expression evaluated in the page that resolves once <body data-ready> is set, and the check
 * that turns a failed draw into an error.
 */

/** Resolves with the body's data-ready ('1' or 'error') and data-error once data-ready is set. */
export const readyExpression = `new Promise((resolve) => {
  const body = document.body;
  const check = () => {
    if (!body.dataset.ready) return;
    observer.disconnect();
    resolve({ ready: body.dataset.ready, error: body.dataset.error || null });
  };
  const observer = new MutationObserver(check);
  observer.observe(body, { attributes: true, attributeFilter: ['data-ready'] });
  check();
})`

export interface ReadyState {
  ready: string
  error: string | null
}

/** Throws when the page could not draw a chart: printing it would show empty boxes. */
export function requireDrawn(state: ReadyState): void {
  if (state.ready !== '1') {
    throw new Error(`The report page could not draw its charts: ${state.error ?? 'unknown error'}`)
  }
}
