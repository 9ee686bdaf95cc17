import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

describe('the viewer in Chromium', () => {
  it('opens the event named in ?event= and shows its quote and source chain', async () => {
    const page = await app.openPage('/?event=lavrov-any-format')
    await page.getByRole('heading', { level: 2, name: /ready for any format/i }).waitFor()
    await expect(page.getByText('We are ready for any format. But when it comes').first().isVisible()).resolves.toBe(true)
    const chain = page.getByRole('list', { name: 'Source chain' })
    await expect(chain.getByRole('listitem').count()).resolves.toBe(4)
    await expect(chain.getByRole('link', { name: 'https://www.pravda.com.ua/eng/news/2025/08/20/7527066/' }).getAttribute('rel')).resolves.toBe('noopener noreferrer')
    await page.context().close()
  })
})
