import { callApi } from './api'
import { kpiIds, openApp, openView, viewIds } from './support/app'
import { expect, test } from './support/fixtures'
import { grid, renderedRowIds } from './support/grid'
import { demoWorkspace } from './support/workspace'

const demo = demoWorkspace()

test('a fresh host opens the demo workspace on the Overview', async ({ page, host }) => {
  await openApp(page, host)
  await expect(page.getByTestId('workspace-name')).toHaveText(demo.name)
  await expect(page.getByTestId('view-overview')).toBeVisible()
  for (const kpi of kpiIds) {
    await expect(page.getByTestId(kpi)).toHaveAttribute('data-value', /\d/)
  }

  await openView(page, 'features')
  const features = grid(page, 'grid-features')
  for (const feature of demo.features) {
    await expect(features.locator(`.ag-row[row-id="${feature.id}"]`).first()).toContainText(
      feature.name,
    )
  }
  expect(await renderedRowIds(page, 'grid-features')).toEqual(demo.features.map((f) => f.id))
})

test('loading and visiting every view logs no console error or page error', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  for (const view of [...viewIds, 'overview' as const]) {
    const screen = await openView(page, view)
    await expect(screen).not.toBeEmpty()
  }
  expect(pageProblems.messages).toEqual([])
})

test('the API needs the launch token', async ({ host }) => {
  const post = (channel: string, headers: Record<string, string>) =>
    fetch(`${host.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    })

  expect((await post('anything', {})).status).toBe(401)
  expect((await post('workspace/current', {})).status).toBe(401)
  expect((await post('workspace/current', { authorization: 'Bearer not-the-token' })).status).toBe(
    401,
  )

  const authorised = await post('workspace/current', { authorization: `Bearer ${host.token}` })
  expect(authorised.status).toBe(200)
  const envelope = (await authorised.json()) as { ok: boolean }
  expect(envelope.ok).toBe(true)
  const current = await callApi(host, 'workspace/current', {})
  expect(current.doc.name).toBe(demo.name)
})
