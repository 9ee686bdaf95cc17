// npm run validate -- <file.json> [more.json …]: prints every problem with its JSON path; exits 1 on any.
import { readFileSync } from 'node:fs'
import { checkDatasetText } from '../src/dataset/check-dataset-text'
import { formatValidationReport } from '../src/dataset/format-validation-report'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npm run validate -- <dataset.json> [more.json …]')
  process.exit(2)
}
let failed = false
for (const file of files) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`)
    failed = true
    continue
  }
  const report = formatValidationReport(file, checkDatasetText(text))
  console.log(report.text)
  if (report.problemCount > 0) failed = true
}
process.exit(failed ? 1 : 0)
