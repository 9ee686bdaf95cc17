import type { Locale } from './locale'

/** Word forms for a count, by CLDR plural category; English needs one and other, Ukrainian also few and many. */
export interface PluralForms {
  readonly one: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}

const rules = new Map<Locale, Intl.PluralRules>()

/** The form of a word that goes with the count n: 1 подія, 2 події, 5 подій, 21 подія. */
export function pluralForm(locale: Locale, n: number, forms: PluralForms): string {
  let found = rules.get(locale)
  if (found === undefined) {
    found = new Intl.PluralRules(locale)
    rules.set(locale, found)
  }
  switch (found.select(n)) {
    case 'one':
      return forms.one
    case 'few':
      return forms.few ?? forms.other
    case 'many':
      return forms.many ?? forms.other
    default:
      return forms.other
  }
}
