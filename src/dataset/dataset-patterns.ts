// Zod-free patterns of dataset contract v1, shared by the zod schemas (dataset-schema.ts), the JSON
// Schema made from them, and the fast record checks (record-checks.ts), so that all three agree.

/** An id: lower-case letters and digits joined by single hyphens. */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'

/**
 * An http(s) address as written: the scheme, "//" and a host, then anything (an IRI: Persian,
 * Cyrillic or Arabic paths are addresses too). The JSON Schema states this same pattern, so an
 * editor accepts what the app accepts; the app also checks that the address parses (issue 13).
 */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+(?:[/?#].*)?$'

/** A BCP 47 language tag as the contract reads it: "uk", "de-AT", "zh-Hant". */
export const LANGUAGE_TAG_PATTERN = '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'
