import { describe, expect, it } from 'vitest'
import { contentTypeOf } from '../../../electron/common/contentTypes'

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.js.map', 'application/json; charset=utf-8'],
    ['assets/PHOTO.JPEG', 'image/jpeg'],
    ['assets/photo.webp', 'image/webp'],
    ['assets/font.woff2', 'font/woff2'],
  ])('types %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type)
  })

  it.each(['notes.exe', 'README', 'x.constructor', 'x.__proto__'])(
    'knows no type for %s',
    (file) => {
      expect(contentTypeOf(file)).toBeUndefined()
    },
  )
})
