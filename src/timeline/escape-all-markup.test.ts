import { describe, expect, it } from 'vitest'
import { FilterXSS } from 'xss'
import { escapeAllMarkup } from './escape-all-markup'

describe('the markup filter vis-timeline uses', () => {
  it('turns every tag and attribute into inert text', () => {
    const hostile = `<img src=x onerror="alert('x')">Tom & Jerry`
    expect(escapeAllMarkup(hostile)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;Tom &amp; Jerry')
    const holder = document.createElement('div')
    holder.innerHTML = escapeAllMarkup(hostile)
    expect(holder.children).toHaveLength(0)
    expect(holder.textContent).toBe(hostile)
  })

  it('is what vis-timeline gets when it imports xss (the build aliases the package)', () => {
    expect(new FilterXSS({}).process('<b>bold</b>')).toBe('&lt;b&gt;bold&lt;/b&gt;')
  })
})
