import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SafeLink, safeHttpUrl } from './safe-link'

describe('SafeLink', () => {
  it('makes an https address a link that opens in a new tab without handing over the page', () => {
    render(<SafeLink href="https://www.pravda.com.ua/eng/news/2025/08/20/7527066/" />)
    const link = screen.getByRole('link', { name: 'https://www.pravda.com.ua/eng/news/2025/08/20/7527066/' })
    expect(link).toHaveAttribute('href', 'https://www.pravda.com.ua/eng/news/2025/08/20/7527066/')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAttribute('target', '_blank')
  })

  it('uses its children as the link text', () => {
    render(<SafeLink href="http://example.org/a">Example report</SafeLink>)
    expect(screen.getByRole('link', { name: 'Example report' })).toHaveAttribute('href', 'http://example.org/a')
  })

  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example/x',
    'www.example.org/no-scheme',
    ' JAVASCRIPT:alert(1)',
  ])('shows %s as inert text, not a link', (href) => {
    const { container } = render(<SafeLink href={href} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container).toHaveTextContent(`${href.trim()} (not a web link)`)
    expect(container.querySelector('script')).toBeNull()
  })

  it('names the inert address when the text is something else', () => {
    render(<SafeLink href="javascript:void(0)">Interfax report</SafeLink>)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('Interfax report', { exact: false })).toHaveTextContent(
      'Interfax report (not a web link: javascript:void(0))',
    )
  })
})

describe('safeHttpUrl', () => {
  it('returns the normalised http(s) address, or null for anything else', () => {
    expect(safeHttpUrl('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull()
    expect(safeHttpUrl('/relative/path')).toBeNull()
  })
})
