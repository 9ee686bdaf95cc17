import type { Actor, Dataset, DatasetEvent, ParallelReport, SourceLink } from '../src/dataset/dataset-types'

/** A JSON-LD value: plain data, nothing from the dataset is ever evaluated. */
// undefined fields are left out by JSON.stringify
export type JsonLd =
  string | number | boolean | null | readonly JsonLd[] | { readonly [key: string]: JsonLd | undefined }

/** An ISO 8601 date at the precision the dataset gives: "2025", "2025-08", "2025-08-20" or a time. EDTF's ? ~ % have no schema.org form. */
export function schemaDate(value: string): string {
  return value.replace(/[?~%]$/, '')
}

function person(actor: Actor | undefined, id: string): JsonLd {
  return {
    '@type': 'Person',
    name: actor?.name ?? id,
    ...(actor?.role === undefined ? {} : { jobTitle: actor.role }),
  }
}

const webUrlOf = (link: SourceLink | ParallelReport): string | null =>
  link.url !== undefined && /^https?:\/\//i.test(link.url) ? link.url : null

/** The page a link names, as a CreativeWork: its address, date and who published or said it. */
function sourcePage(link: SourceLink | ParallelReport, dataset: Dataset): JsonLd | null {
  const url = webUrlOf(link)
  if (url === null) return null
  const outlet = link.outlet === undefined ? undefined : dataset.outlets.find((o) => o.id === link.outlet)
  const actor = link.actor === undefined ? undefined : dataset.actors.find((a) => a.id === link.actor)
  return {
    '@type': 'CreativeWork',
    url,
    ...(link.date === undefined ? {} : { datePublished: schemaDate(link.date) }),
    ...(outlet === undefined ? {} : { publisher: { '@type': 'Organization', name: outlet.name } }),
    ...(actor === undefined || link.actor === undefined ? {} : { author: person(actor, link.actor) }),
    ...(link.label === undefined ? {} : { publisher: { '@type': 'Organization', name: link.label } }),
  }
}

const isPresent = <T>(value: T | null): value is T => value !== null

/**
 * schema.org markup of one event for fact-checking tools and search engines: a `Claim` (with its
 * appearances) for events of kind claim, a `Quotation` for other events with a quote, an `Event`
 * for meetings and calls without one, and a `CreativeWork` otherwise.
 */
export function eventStructuredData(event: DatasetEvent, dataset: Dataset): JsonLd {
  const actor = (id: string) =>
    person(
      dataset.actors.find((a) => a.id === id),
      id,
    )
  const [speakerId = ''] = event.actors
  const chainPages = event.sourceChain.map((link) => sourcePage(link, dataset)).filter(isPresent)
  const parallelPages = (event.alsoReportedBy ?? []).map((link) => sourcePage(link, dataset)).filter(isPresent)
  const common = {
    '@context': 'https://schema.org',
    name: event.title,
    ...(event.summary === undefined ? {} : { description: event.summary }),
    ...(event.place === undefined ? {} : { spatialCoverage: { '@type': 'Place', name: event.place } }),
    ...(event.about === undefined || event.about.length === 0 ? {} : { about: event.about.map(actor) }),
  }
  const words = event.quote === undefined ? {} : { text: event.quote.text, inLanguage: event.quote.lang }
  const chainUrls = event.sourceChain.map(webUrlOf).filter(isPresent)
  const sources = chainPages.length === 0 ? {} : { isBasedOn: chainUrls, citation: chainPages }
  if (event.kind === 'claim') {
    const [first] = chainPages
    return {
      ...common,
      '@type': 'Claim',
      ...words,
      author: event.actors.map(actor),
      dateCreated: schemaDate(event.date),
      ...(first === undefined ? {} : { firstAppearance: first }),
      ...(chainPages.length + parallelPages.length === 0 ? {} : { appearance: [...chainPages, ...parallelPages] }),
    }
  }
  if (event.quote !== undefined)
    return {
      ...common,
      '@type': 'Quotation',
      ...words,
      creator: actor(speakerId),
      dateCreated: schemaDate(event.date),
      ...sources,
    }
  if (event.kind === 'meeting' || event.kind === 'call')
    return {
      ...common,
      '@type': 'Event',
      startDate: schemaDate(event.date),
      ...(event.end === undefined ? {} : { endDate: schemaDate(event.end) }),
      ...(event.place === undefined ? {} : { location: { '@type': 'Place', name: event.place } }),
      attendee: event.actors.map(actor),
      ...(chainPages.length === 0 ? {} : { subjectOf: chainPages }),
    }
  return {
    ...common,
    '@type': 'CreativeWork',
    creator: actor(speakerId),
    dateCreated: schemaDate(event.date),
    ...sources,
  }
}

/**
 * The markup as the text of a `<script type="application/ld+json">`. `<` is written as \u003c (and
 * `>`, `&` likewise), so no `</script>` or `<!--` in the data can end the element or start a comment.
 */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
