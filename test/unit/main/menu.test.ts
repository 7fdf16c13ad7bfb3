import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuActions } from '../../../electron/main/menu'
import { workspaceArg } from '../../../electron/common/fileArgs'

function fakeActions(): MenuActions {
  const done = async () => {}
  return {
    newWorkspace: vi.fn(done),
    open: vi.fn(done),
    openPath: vi.fn(done),
    saveAs: vi.fn(done),
    importJson: vi.fn(done),
    exportJson: vi.fn(done),
  }
}

const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[]

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.()

describe('the application menu', () => {
  it('leaves undo and redo to the renderer: Edit has clipboard roles only', () => {
    const roles = submenu(menuTemplate(fakeActions(), [], false), '&Edit').map((item) => item.role)
    expect(roles).toEqual(['cut', 'copy', 'paste', undefined, 'selectAll'])
  })

  it('lists recent workspaces and opens the one picked', () => {
    const actions = fakeActions()
    const file = submenu(
      menuTemplate(actions, ['/plans/a.marginplan', '/plans/b.marginplan'], false),
      '&File',
    )
    const recent = file.find((item) => item.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[]
    expect(recent).toHaveLength(2)
    click(recent[1])
    expect(actions.openPath).toHaveBeenCalledWith('/plans/b.marginplan')
  })

  it('offers New, New from Demo, Open, Save As, Import and Export JSON, with Quit outside macOS', () => {
    const actions = fakeActions()
    const file = submenu(menuTemplate(actions, [], false), '&File')
    click(file.find((item) => item.label === 'New from Demo…'))
    expect(actions.newWorkspace).toHaveBeenCalledWith('demo')
    expect(file.map((item) => item.label ?? item.role).filter(Boolean)).toEqual([
      'New Workspace…',
      'New from Demo…',
      'Open…',
      'Open Recent',
      'Save As…',
      'Import JSON…',
      'Export JSON…',
      'quit',
    ])
    const mac = menuTemplate(actions, [], true)
    expect(mac[0]?.role).toBe('appMenu')
    expect(submenu(mac, '&File').some((item) => item.role === 'quit')).toBe(false)
  })
})

describe('the View menu', () => {
  const viewRoles = (devTools?: boolean) =>
    submenu(menuTemplate(fakeActions(), [], false, devTools), '&View').map((item) => item.role)

  it('offers DevTools only when asked to (development), never by default', () => {
    expect(viewRoles(true)).toContain('toggleDevTools')
    expect(viewRoles(false)).not.toContain('toggleDevTools')
    expect(viewRoles()).not.toContain('toggleDevTools')
    expect(viewRoles(false)).toContain('reload')
  })
})

describe('the workspace a launch asks for', () => {
  it('is the last .marginplan argument, resolved where it was given', () => {
    const argv = ['/opt/amp/app', '--inspect', 'a.marginplan', 'notes.txt', 'sub/B.MarginPlan']
    expect(workspaceArg(argv, '/home/ana')).toBe('/home/ana/sub/B.MarginPlan')
    expect(workspaceArg(['/opt/amp/app', '.'], '/home/ana')).toBeUndefined()
  })
})
