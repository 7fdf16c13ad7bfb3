/**
 * The one Content-Security-Policy for the renderer, whichever transport serves it: Electron's
 * app:// protocol (where 'self' is app://app and nothing else) or the web host's 127.0.0.1 origin.
 * Plotly's strict build needs no eval; ag-grid and Plotly set inline styles, hence
 * 'unsafe-inline' for styles only. No plugins, no frames, no form posts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
