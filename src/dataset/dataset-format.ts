/** The two forms a dataset can come in: the contract's JSON, or the spreadsheet CSV (csv-columns.ts). */
export type DatasetFormat = 'json' | 'csv'

/**
 * CSV when the server calls it text/csv, or when the address or file name ends in .csv, or when
 * the address asks for CSV output as a published spreadsheet link does (`…/pub?output=csv`).
 */
export function datasetFormatOf(name: string, contentType: string | null): DatasetFormat {
  if (contentType !== null && /^\s*text\/(csv|comma-separated-values)\b/i.test(contentType)) return 'csv'
  let path = name
  let query = ''
  try {
    const url = new URL(name)
    path = url.pathname
    query = url.search
  } catch {
    // a file name, not an address
  }
  if (/\.csv$/i.test(path)) return 'csv'
  return /[?&](output|format)=csv(&|$)/i.test(query) ? 'csv' : 'json'
}

/** Whether a text said to be CSV is JSON after all: a CSV header never starts with "{". */
export const isJsonText = (text: string) => /^\ufeff?\s*\{/.test(text)
