// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkCsvText } from './check-dataset-text'
import { checkDatasetText } from './check-dataset-text'
import { readDatasetCsv } from './csv-to-dataset'
import { writeDatasetCsv } from './dataset-to-csv'
import { listAllIssues } from './validate-dataset'

// Made-up records for tests only: no real person, quote or address.
const HEADER =
  'record,id,title,name,name_uk,date,kind,actors,quote,quote_lang,role,url,link1_outlet,link1_how,link1_url,link2_label,link2_how,link2_url'
const ROWS = [
  'dataset,,Example record,,,2025-08-20,,,,,,,,,,,,',
  'event,ex-said,Example Minister speaks,,,2025-08-20,statement,ex-minister,"We are ready, as always.",en,,,ex-wire,reported,https://example.org/a,,,',
  'actor,ex-minister,,Example Minister,,,,,,,Minister of Examples,,,,,,,',
  'outlet,ex-wire,,Example Wire,,,news-agency,,,,,https://example.org/,,,,,,',
]
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n')

function problems(text: string): string[] {
  const result = checkCsvText(text)
  if (!result.ok)
    return result.failure.kind === 'invalid'
      ? result.failure.issues.map((i) => `${i.path}: ${i.message}`)
      : [result.failure.kind]
  return listAllIssues(result).map((i) => `${i.path}: ${i.message}`)
}

describe('checkCsvText', () => {
  it('reads a dataset row, events, actors and outlets, quoted commas included', () => {
    const result = checkCsvText(csv(...ROWS))
    if (!result.ok) throw new Error(JSON.stringify(result.failure))
    expect(listAllIssues(result)).toEqual([])
    const { dataset } = result.value
    expect(dataset.title).toBe('Example record')
    expect(dataset.updated).toBe('2025-08-20')
    expect(dataset.events[0]?.quote).toEqual({ text: 'We are ready, as always.', lang: 'en' })
    expect(dataset.events[0]?.sourceChain).toEqual([
      { outlet: 'ex-wire', how: 'reported', url: 'https://example.org/a' },
    ])
    expect(dataset.actors[0]).toMatchObject({
      id: 'ex-minister',
      name: 'Example Minister',
      role: 'Minister of Examples',
    })
  })

  it('names the row and column of a bad value, with the JSON path after it', () => {
    const bad = ROWS.map((row) =>
      row.replace(
        'ex-wire,reported,https://example.org/a,,,',
        'ex-wire,reported,https://example.org/a,Local TV,shown,javascript:alert(1)',
      ),
    )
    expect(problems(csv(...bad))).toEqual([
      'row 3, column link2_url: only http and https URLs are allowed, not "javascript:" (events[0].sourceChain[1].url)',
      'row 3, column link2_how: "shown" is not one of "said", "briefed", "posted", "interview", "broadcast", "reported", "quoted", "cited", "translated" (events[0].sourceChain[1].how)',
    ])
  })

  it('reports a missing speaker, an unknown outlet and a stray value by row and column', () => {
    const rows = [
      ROWS[0] ?? '',
      'event,ex-said,Example Minister speaks,,,2025-08-32,statement,,,,,,ex-wir,reported,,,,',
      'actor,ex-minister,,Example Minister,,,,,,,,https://example.org/,,,,,,',
    ]
    expect(problems(csv(...rows))).toEqual([
      'row 4, column url: actor rows leave this column empty (it is for outlet rows) (actors[0].url)',
      'row 3, column date: "2025-08-32" is not a calendar date (that month has 31 days) (events[0].date)',
      'row 3, column actors: is required (events[0].actors)',
      'row 3, column link1_outlet: unknown outlet "ex-wir" (events[0].sourceChain[0].outlet)',
    ])
  })

  it('says when an event has no link at all, or a link has no how', () => {
    const rows = [
      ROWS[0] ?? '',
      'event,ex-none,Nothing linked,,,2025-08-20,statement,ex-minister,,,,,,,,,,',
      'event,ex-both,Two sources,,,2025-08-20,statement,ex-minister,,,,,ex-wire,reported,,Local TV,,',
      ROWS[2] ?? '',
      ROWS[3] ?? '',
    ]
    expect(problems(csv(...rows))).toEqual([
      'row 3, column link1_how: needs at least one link, from the origin of the words to the publication (events[0].sourceChain)',
      'row 4, column link2_how: is required (one of "said", "briefed", "posted", "interview", "broadcast", "reported", "quoted", "cited", "translated") (events[1].sourceChain[1].how)',
    ])
  })

  it('rejects an unknown column, an unknown record kind and a second dataset row, naming each', () => {
    const text = [`${HEADER},sumary`, `${ROWS[0]},`, `evnt,x${','.repeat(18)}`, `${ROWS[0]},`].join('\n')
    expect(problems(text)).toEqual([
      'row 1, column sumary: unknown column',
      'row 3, column record: "evnt" is not one of dataset, event, actor, outlet, format',
      'row 4, column record: a second dataset row (the first is row 2)',
    ])
  })

  it('asks for a dataset row when there is none', () => {
    expect(problems(csv(...ROWS.slice(1)))).toEqual([
      'no row with record "dataset": add one, with the title of the dataset in column title (title)',
    ])
  })

  it('reads semicolon-separated files with a byte order mark, as European Excel writes them', () => {
    const text = `\ufeff${csv(...ROWS).replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')}`
    const result = checkCsvText(text)
    if (!result.ok) throw new Error(JSON.stringify(result.failure))
    expect(result.value.dataset.events[0]?.quote?.text).toBe('We are ready, as always.')
    expect(result.value.dataset.outlets[0]?.url).toBe('https://example.org/')
  })

  it('keeps line breaks inside quoted cells and counts rows as a spreadsheet does', () => {
    const rows = [
      ROWS[0] ?? '',
      'event,ex-said,"Two\nlines",,,2025-08-20,statement,ex-minister,"First line,\r\nsecond line",en,,,ex-wire,reported,https://example.org/a,,,',
      'event,ex-bad,Bad,,,2025-08-20,statement,ex-minister,,,,,ex-wire,reported,ftp://example.org/,,,',
      ROWS[2] ?? '',
      ROWS[3] ?? '',
    ]
    const result = checkCsvText(csv(...rows))
    if (!result.ok) throw new Error(JSON.stringify(result.failure))
    const said = result.value.dataset.events.find((e) => e.id === 'ex-said')
    expect(said?.title).toBe('Two\nlines')
    expect(said?.quote?.text).toBe('First line,\r\nsecond line')
    expect(listAllIssues(result).map((i) => i.path)).toEqual(['row 4, column link1_url'])
  })

  it('undoes the export’s guard against formulas, and only that', () => {
    const rows = [
      ROWS[0] ?? '',
      `event,ex-said,'=SUM(1),,,2025-08-20,statement,ex-minister,'hello,en,,,ex-wire,reported,,,,`,
      ...ROWS.slice(2),
    ]
    const result = checkCsvText(csv(...rows))
    if (!result.ok) throw new Error(JSON.stringify(result.failure))
    expect(result.value.dataset.events[0]?.title).toBe('=SUM(1)')
    expect(result.value.dataset.events[0]?.quote?.text).toBe("'hello")
  })

  it('names an unclosed quote by its row', () => {
    expect(problems(csv(ROWS[0] ?? '', 'event,ex-said,"never closed,2025-08-20'))).toEqual([
      'row 3: a quoted cell is not closed (a " mark is missing)',
    ])
  })
})

describe('checkDatasetText', () => {
  it('reads a JSON dataset that was called CSV as JSON', () => {
    const result = checkDatasetText(
      '{"schemaVersion":1,"title":"T","actors":[],"outlets":[],"formats":[],"events":[]}',
      undefined,
      'csv',
    )
    expect(result.ok && result.value.dataset.title).toBe('T')
  })
})

describe('readDatasetCsv', () => {
  it('reads name_<language> columns into names of actors and outlets and labels of formats', () => {
    const text = [
      'record,id,name,name_uk,name_de-AT',
      'actor,ex-minister,Example Minister,Приклад Міністр,',
      'format,ex-format,Example format,Приклад формату,Beispielformat',
    ].join('\n')
    const read = readDatasetCsv(text)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    expect(read.document.actors).toEqual([
      { id: 'ex-minister', name: 'Example Minister', names: { uk: 'Приклад Міністр' } },
    ])
    expect(read.document.formats).toEqual([
      { id: 'ex-format', label: 'Example format', labels: { uk: 'Приклад формату', 'de-AT': 'Beispielformat' } },
    ])
    expect(read.locate('formats[0].labels["de-AT"]')).toBe('row 3, column name_de-AT')
  })

  it('gets back the names and labels in other languages that the export wrote', () => {
    const names = { names: { uk: 'Приклад Міністр', 'de-AT': 'Beispielminister' } }
    const labels = { labels: { uk: 'Приклад формату' } }
    const csv = writeDatasetCsv({
      title: 'Example',
      actors: [{ id: 'ex-minister', name: 'Example Minister', ...names }],
      outlets: [{ id: 'ex-wire', name: 'Example Wire', ...names }],
      formats: [{ id: 'ex-format', label: 'Example format', ...labels }],
      events: [],
    })
    expect(csv.split('\r\n')[0]).toBe('record,id,title,name,name_de-AT,name_uk,date,kind,role,side,url,description')
    const read = readDatasetCsv(csv)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    expect(read.document.actors).toEqual([{ id: 'ex-minister', name: 'Example Minister', ...names }])
    expect(read.document.outlets).toEqual([{ id: 'ex-wire', name: 'Example Wire', ...names }])
    expect(read.document.formats).toEqual([{ id: 'ex-format', label: 'Example format', ...labels }])
  })
})
