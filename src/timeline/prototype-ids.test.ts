import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test/dataset-fixture'
import { PROTOTYPE_NAMES, SLUG_PROTOTYPE_NAMES, documentWithIdEverywhere } from '../test/prototype-names'
import { messagesEn } from '../i18n/messages-en'
import { planTimelineItems } from './plan-timeline-items'
import { firstActorOf } from './timeline-rows'
import { toClusterItem, toTimelineItem } from './to-timeline-item'
import { eventIdOfVisItem, visGroupId, visItemId } from './vis-ids'

// Issue 13: vis-timeline keys its items and rows in plain objects, so no id handed to it may be the
// name of an Object.prototype property ("constructor" crashed the timeline: "setData is not a function").

const isPrototypeName = (id: string) => PROTOTYPE_NAMES.includes(id)

describe.each(SLUG_PROTOTYPE_NAMES)('timeline items for the id "%s"', (id) => {
  const { dataset } = checkFixture(documentWithIdEverywhere(id))

  it('hands vis item and row ids that name no Object.prototype property, and reads the event back', () => {
    for (const event of dataset.events) {
      const item = toTimelineItem(event, firstActorOf(event), 'en')
      expect(isPrototypeName(item.id), item.id).toBe(false)
      expect(isPrototypeName(item.group), item.group).toBe(false)
      expect(eventIdOfVisItem(item.id)).toBe(event.id)
      expect(item.group).toBe(visGroupId(firstActorOf(event)))
    }
  })

  it('gives count boxes row ids that name no prototype property, and no event id', () => {
    const many = Array.from({ length: 40 }, () => dataset.events).flat()
    const plan = planTimelineItems(many, Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1), {
      maxEvents: 10,
      bucketsAcross: 4,
    })
    if (plan.mode !== 'clusters') throw new Error('expected count boxes')
    expect(plan.clusters.map((cluster) => cluster.group)).toContain(id)
    for (const cluster of plan.clusters) {
      const item = toClusterItem(cluster, messagesEn)
      expect(isPrototypeName(item.group)).toBe(false)
      expect(eventIdOfVisItem(item.id)).toBeNull()
    }
  })
})

describe('vis ids', () => {
  it.each(PROTOTYPE_NAMES)('round-trips the event id "%s" and never yields a prototype name', (name) => {
    expect(isPrototypeName(visItemId(name))).toBe(false)
    expect(isPrototypeName(visGroupId(name))).toBe(false)
    expect(eventIdOfVisItem(visItemId(name))).toBe(name)
  })
})
