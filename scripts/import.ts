// npm run import -- <file.csv>: prints the dataset JSON the CSV holds on stdout, and every problem
// (by row and column, then JSON path) on stderr; exits 1 on any problem.
import { readFileSync } from 'node:fs'
import { checkCsvText } from '../src/dataset/check-dataset-text'
import { readDatasetCsv } from '../src/dataset/csv-to-dataset'
import { formatValidationReport } from '../src/dataset/format-validation-report'

const [file, ...extra] = process.argv.slice(2)
if (file === undefined || extra.length > 0) {
  console.error('usage: npm run import -- <dataset.csv> > dataset.json')
  process.exit(2)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
const read = readDatasetCsv(text)
// the document exactly as the CSV gives it, problems included, so `npm run validate` finds the same ones
if (read.ok) process.stdout.write(`${JSON.stringify(read.document, null, 2)}\n`)
const report = formatValidationReport(file, checkCsvText(text))
console.error(report.text)
process.exit(report.problemCount > 0 ? 1 : 0)
