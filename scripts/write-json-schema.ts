// Writes public/schema/dataset-v1.json from the runtime schema; with --check, fails if it is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { JSON_SCHEMA_PATH, serializeJsonSchema } from '../src/dataset/dataset-json-schema'

const fresh = serializeJsonSchema()
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(JSON_SCHEMA_PATH, 'utf8')
  } catch {
    // a missing file is stale too
  }
  if (current !== fresh) {
    console.error(`${JSON_SCHEMA_PATH} is stale: run \`npm run schema\` and commit the result.`)
    process.exit(1)
  }
  console.log(`${JSON_SCHEMA_PATH} is up to date.`)
} else {
  writeFileSync(JSON_SCHEMA_PATH, fresh)
  console.log(`wrote ${JSON_SCHEMA_PATH}`)
}
