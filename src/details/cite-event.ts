import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { dateInWords, timingInWords } from '../i18n/date-words'
import { parseEdtfDate } from '../dataset/edtf-date'
import { messagesEn } from '../i18n/messages-en'
import { describeLinkParty } from './describe-link'
import { languageName } from './language-name'
import { safeHttpUrl } from './safe-link'

export interface Citation {
  readonly text: string
  readonly markdown: string
}

/**
 * Backslash-escapes what Markdown would read as markup, so data cannot become links, images or
 * HTML: with [ ] and < > escaped, no ( ) can open a link target.
 */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
}

function linkDate(value: string | undefined): string {
  if (value === undefined) return 'date not given'
  const parsed = parseEdtfDate(value)
  return parsed.ok ? dateInWords(parsed.date, 'en') : value
}

/**
 * A citation a journalist can paste: speaker and role, date at its precision, place, the quote,
 * the chain with each link's name, date and URL, and the access date. Always in English, whatever
 * the interface language: a citation is a fixed format that goes into files and other documents.
 */
export function citeEvent(event: DatasetEvent, index: DatasetIndex, accessed: Date, pageUrl: string): Citation {
  const speakers = event.actors.map((id) => {
    const actor = index.actorById.get(id)
    return actor === undefined ? id : actor.role === undefined ? actor.name : `${actor.name} (${actor.role})`
  })
  const when = timingInWords(event.timing, 'en')
  const accessedWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    accessed,
  )
  const last = event.sourceChain.at(-1)
  const publisher = last === undefined ? null : describeLinkParty(last, index, messagesEn.chain.outletKind).name
  const translation =
    event.quote?.translatedFrom !== undefined && publisher !== null
      ? `As published by ${publisher}, in translation from ${languageName(event.quote.translatedFrom, 'en')}.`
      : null

  const chain = event.sourceChain.map((link, i) => {
    const party = describeLinkParty(link, index, messagesEn.chain.outletKind)
    const url = link.url === undefined ? null : safeHttpUrl(link.url)
    return {
      n: i + 1,
      party: party.name,
      how: messagesEn.chain.how[link.how],
      date: linkDate(link.date),
      context: link.context ?? null,
      url,
      rawUrl: link.url ?? null,
    }
  })

  const head = [speakers.join(', '), when, event.place].filter((part) => part !== undefined && part !== '').join(', ')
  const textLines = [`${head}: ${event.title}.`]
  if (event.quote !== undefined) textLines.push(`“${event.quote.text}”`)
  if (translation !== null) textLines.push(translation)
  textLines.push('Source chain:')
  for (const link of chain) {
    const parts = [`${link.n}. ${link.party} ${link.how}`, link.date, link.context, link.rawUrl].filter(
      (p) => p !== null,
    )
    textLines.push(parts.join(' — '))
  }
  textLines.push(`Accessed ${accessedWords}: ${pageUrl}`)

  const mdLines = [`**${escapeMarkdown(head)}**: ${escapeMarkdown(event.title)}`, '']
  if (event.quote !== undefined) mdLines.push(`> ${escapeMarkdown(event.quote.text).replace(/\n/g, '\n> ')}`, '')
  if (translation !== null) mdLines.push(`_${escapeMarkdown(translation)}_`, '')
  mdLines.push('Source chain:', '')
  for (const link of chain) {
    const name = link.url !== null ? `[${escapeMarkdown(link.party)}](<${link.url}>)` : escapeMarkdown(link.party)
    const parts = [
      `${link.n}. ${name} ${link.how}`,
      escapeMarkdown(link.date),
      link.context === null ? null : escapeMarkdown(link.context),
    ].filter((p) => p !== null)
    // a URL that is not http(s) is kept visible as inert code, never as a link
    if (link.url === null && link.rawUrl !== null) parts.push(`\`${link.rawUrl.replace(/`/g, "'")}\``)
    mdLines.push(parts.join(' — '))
  }
  mdLines.push('', `Accessed ${accessedWords}: <${pageUrl}>`)
  return { text: textLines.join('\n'), markdown: mdLines.join('\n') }
}
