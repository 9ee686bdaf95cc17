import { describe, expect, it } from 'vitest'
import { readDatasetFile, renderEventPage } from './event-pages'

describe('link preview pages', () => {
  const dataset = readDatasetFile('public/data/summit-formats.json')

  it('gives every bundled event a page with its own title and description that opens the app on it', () => {
    for (const event of dataset.events) {
      const html = renderEventPage(event, dataset)
      const doc = new DOMParser().parseFromString(html, 'text/html')
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')
      expect(meta('meta[property="og:title"]')).toBe(event.title.length > 110 ? expect.any(String) : event.title)
      expect(meta('meta[property="og:description"]')).toContain(
        dataset.actors.find((a) => a.id === event.actors[0])?.name,
      )
      expect(meta('meta[http-equiv="refresh"]')).toBe(`0; url=../../?event=${event.id}`)
      expect(doc.querySelector('a')?.getAttribute('href')).toBe(`../../?event=${event.id}`)
    }
  })

  it('escapes text from the data so it cannot become markup', () => {
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const html = renderEventPage({ ...first, title: '"><script>window.x=1</script>' }, dataset)
    const doc = new DOMParser().parseFromString(html, 'text/html')
    // the one script element is the JSON-LD data block, which no browser runs
    expect([...doc.querySelectorAll('script')].map((script) => script.getAttribute('type'))).toEqual([
      'application/ld+json',
    ])
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      '"><script>window.x=1</script>',
    )
  })
})
