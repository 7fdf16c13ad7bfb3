// The strict (CSP-safe, no eval) Plotly bundle ships without types; it exposes the same API as
// the full build, so the @types/plotly.js declarations describe it.
declare module 'plotly.js-strict-dist-min' {
  import * as Plotly from 'plotly.js'
  export * from 'plotly.js'
  export default Plotly
}
