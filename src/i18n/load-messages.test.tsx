import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LocaleProvider, useMessages, useShownLocale } from './i18n-context'
import type { Locale } from './locale'
import { hasMessages, messagesFor } from './messages'

function Interface({ wanted }: { readonly wanted: Locale }) {
  const locale = useShownLocale(wanted)
  return (
    <LocaleProvider locale={locale}>
      <Title />
    </LocaleProvider>
  )
}
const Title = () => <h1>{useMessages().app.name}</h1>

// one file, one module state: the Ukrainian words arrive during the first test and stay
describe('the words of a language other than English, fetched when first wanted', () => {
  it('speaks English while the Ukrainian words download, then Ukrainian', async () => {
    expect(hasMessages('uk')).toBe(false)
    expect(messagesFor('uk').app.name).toBe('Statement Timeline')
    render(<Interface wanted="uk" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Statement Timeline')
    expect(await screen.findByRole('heading', { level: 1, name: 'Хронологія заяв' })).toBeInTheDocument()
    expect(hasMessages('uk')).toBe(true)
    expect(messagesFor('uk').dates.intlLocale).not.toBe(messagesFor('en').dates.intlLocale)
  })

  it('speaks a language at once once its words are here', () => {
    render(<Interface wanted="uk" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Хронологія заяв')
  })
})
