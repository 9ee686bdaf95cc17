import { z } from 'zod'
import { EDTF_DATE_PATTERN, parseEdtfDate } from './edtf-date'
import { HTTP_URL_PATTERN, LANGUAGE_TAG_PATTERN, SLUG_PATTERN } from './dataset-patterns'
import { EVENT_KINDS, HOW_VALUES, OUTLET_KINDS, RELATIONS, STANCES } from './dataset-vocabulary'

export { HTTP_URL_PATTERN, SLUG_PATTERN } from './dataset-patterns'

/**
 * Dataset contract v1 (shared/spec/dataset-v1.md) as one runtime schema. The record schemas are
 * checked one record at a time by validate-dataset.ts, so that one bad record is set aside
 * instead of sinking the whole document; the JSON Schema for authors is generated from here too.
 * record-checks.ts answers the same valid-or-not question without zod: change both together.
 */

// no code generated at run time: the page's Content-Security-Policy forbids eval, and zod's probe for it
// would be reported as a violation (zod only words the problems of records that fail record-checks.ts)
z.config({ jitless: true })

const text = z.string().min(1, 'must not be empty')
const slug = z
  .string()
  .regex(new RegExp(SLUG_PATTERN), 'must be a slug: lower-case letters and digits joined by single hyphens')

const edtfDate = z
  .string()
  // abort: a value of the wrong form gets this one message, not a second one from the calendar check
  .regex(new RegExp(EDTF_DATE_PATTERN), {
    message:
      'must be YYYY, YYYY-MM or YYYY-MM-DD (optionally with ?, ~ or %), or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM',
    abort: true,
  })
  .superRefine((value, ctx) => {
    const parsed = parseEdtfDate(value)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message })
  })
  .meta({
    description: 'YYYY, YYYY-MM, YYYY-MM-DD (optionally + ? ~ %), or YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM); calendar-checked',
  })

// an http(s) address written out (HTTP_URL_PATTERN), which must also parse (issue 13)
const httpUrlForm = new RegExp(HTTP_URL_PATTERN)

const httpUrl = z
  .string()
  .superRefine((value, ctx) => {
    let protocol = ''
    try {
      protocol = new URL(value).protocol
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 80)}" is not a URL` })
      return
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: `only http and https URLs are allowed, not "${protocol}"` })
    } else if (!httpUrlForm.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value.slice(0, 80)}" must be written out as http:// or https://, a host, then the path`,
      })
    }
  })
  .meta({
    pattern: HTTP_URL_PATTERN,
    description: 'an http or https address, written out (https://host/path); non-ASCII paths (IRIs) are fine',
  })

const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN)

/** The same name or label in other languages: a BCP 47 tag → non-empty text (shown in that UI language). */
const localNames = z
  .record(z.string().regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as "uk" or "ru"'), text)
  .meta({ description: 'the name in other languages: BCP 47 language tag → text' })

export const actorSchema = z.strictObject({
  id: slug,
  name: text,
  role: text.optional(),
  side: text.optional(),
  names: localNames.optional(),
})

export const outletSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(OUTLET_KINDS).optional(),
  url: httpUrl.optional(),
  names: localNames.optional(),
})

export const formatSchema = z.strictObject({
  id: slug,
  label: text,
  description: text.optional(),
  labels: localNames.optional(),
})

export const quoteSchema = z.strictObject({
  text,
  lang: z.string().regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as "en" or "uk"'),
  translatedFrom: z.string().regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as "ru"').optional(),
})

const linkFields = {
  actor: slug.optional(),
  outlet: slug.optional(),
  label: text.optional(),
  url: httpUrl.optional(),
  date: edtfDate.optional(),
  context: text.optional(),
  quote: quoteSchema.optional(),
}

function exactlyOneSource(
  link: { actor?: string | undefined; outlet?: string | undefined; label?: string | undefined },
  ctx: z.RefinementCtx,
) {
  const count = [link.actor, link.outlet, link.label].filter((v) => v !== undefined).length
  if (count !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        count === 0
          ? 'needs one of "actor", "outlet" or "label"'
          : 'must have exactly one of "actor", "outlet" or "label", not several',
    })
  }
}

export const sourceLinkSchema = z.strictObject({ ...linkFields, how: z.enum(HOW_VALUES) }).superRefine(exactlyOneSource)

export const parallelReportSchema = z
  .strictObject({ ...linkFields, how: z.enum(HOW_VALUES).optional() })
  .superRefine(exactlyOneSource)

export const stanceSchema = z.strictObject({
  actor: slug,
  format: slug,
  stance: z.enum(STANCES),
  attributedBy: slug.optional(),
})

export const relatedSchema = z.strictObject({
  event: slug,
  relation: z.enum(RELATIONS),
})

export const eventSchema = z.strictObject({
  id: slug,
  date: edtfDate,
  end: edtfDate.optional(),
  dateNote: text.optional(),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(slug).min(1, 'needs at least one actor'),
  about: z.array(slug).optional(),
  formats: z.array(slug).optional(),
  title: text,
  quote: quoteSchema.optional(),
  summary: text.optional(),
  place: text.optional(),
  stances: z.array(stanceSchema).optional(),
  sourceChain: z
    .array(sourceLinkSchema)
    .min(1, 'needs at least one link, from the origin of the words to the publication'),
  alsoReportedBy: z.array(parallelReportSchema).optional(),
  related: z.array(relatedSchema).optional(),
})

/** The document as a whole, used only to publish the JSON Schema; validation goes record by record. */
export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    // as the validator reads the document: a title with a visible character, any description
    title: text.regex(/\S/, 'must not be blank'),
    description: z.string().optional(),
    updated: edtfDate.optional(),
    actors: z.array(actorSchema),
    outlets: z.array(outletSchema),
    formats: z.array(formatSchema),
    events: z.array(eventSchema),
  })
  .meta({
    title: 'Statement Timeline dataset, version 1',
    description: 'Who said what, when, about which negotiation format, and through whom we know it.',
  })

export type Actor = z.infer<typeof actorSchema>
export type Outlet = z.infer<typeof outletSchema>
export type Format = z.infer<typeof formatSchema>
export type Quote = z.infer<typeof quoteSchema>
export type SourceLink = z.infer<typeof sourceLinkSchema>
export type ParallelReport = z.infer<typeof parallelReportSchema>
export type Stance = z.infer<typeof stanceSchema>
export type RelatedEntry = z.infer<typeof relatedSchema>
export type StatementEvent = z.infer<typeof eventSchema>
