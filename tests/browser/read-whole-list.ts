import type { Page } from 'playwright-core'

/**
 * The ids of every entry of the event list, read as a user reaches them: by scrolling the list from
 * top to bottom (a long list draws only the entries near its scroll position; each says its place).
 */
export async function readWholeList(page: Page): Promise<string[]> {
  await page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').first().waitFor()
  return page.evaluate(async () => {
    const list = document.querySelector('ol[aria-label="Events in date order"]')
    if (!(list instanceof HTMLOListElement)) throw new Error('no event list')
    const ids: string[] = []
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    list.scrollTop = 0
    await frame()
    for (;;) {
      for (const entry of list.querySelectorAll(':scope > li[aria-posinset]')) {
        const href = entry.querySelector('a')?.getAttribute('href') ?? ''
        ids[Number(entry.getAttribute('aria-posinset')) - 1] = new URLSearchParams(href).get('event') ?? ''
      }
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break
      list.scrollTop += list.clientHeight
      await frame()
    }
    return ids
  })
}
