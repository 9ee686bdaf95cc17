// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locale'
import { LINK_LANGUAGES, parseViewState } from '../url-state/view-state'

describe('the languages a link can name', () => {
  it('are exactly the languages the interface speaks', () => {
    expect([...LINK_LANGUAGES].sort()).toEqual([...LOCALES].sort())
  })

  it('each open the interface in that language', () => {
    for (const locale of LOCALES) expect(parseViewState(`?lang=${locale}`).state.lang).toBe(locale)
  })
})
