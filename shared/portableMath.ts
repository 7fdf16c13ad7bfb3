/**
 * exp, ln, log1p and pow that give the same bits in every JavaScript engine. V8's Math.exp, log and
 * pow round differently in Node 20 (the CLI) and in the app's Chromium for about one input in ten,
 * so a seeded Monte Carlo run — or a forecast with growth and a price decline — would not give the
 * same last digits in the app and in `margin`. stdlib's ports of fdlibm use only operations IEEE 754
 * defines exactly. (Math.sqrt is exact everywhere and needs no stand-in.)
 */
export { default as exp } from '@stdlib/math-base-special-exp'
export { default as ln } from '@stdlib/math-base-special-ln'
export { default as log1p } from '@stdlib/math-base-special-log1p'
export { default as pow } from '@stdlib/math-base-special-pow'
