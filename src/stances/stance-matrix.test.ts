import { describe, expect, it } from 'vitest'
import { validateDataset } from '../dataset/validate-dataset'
import type { Dataset } from '../dataset/dataset-types'
import { buildStanceMatrix, cellKey, lastEventDay } from './stance-matrix'

function load(events: unknown[]): Dataset {
  const result = validateDataset({
    schemaVersion: 1,
    title: 'Stances',
    actors: [
      { id: 'putin', name: 'Vladimir Putin' },
      { id: 'leavitt', name: 'Karoline Leavitt' },
      { id: 'lavrov', name: 'Sergei Lavrov' },
    ],
    outlets: [],
    formats: [
      { id: 'bilateral', label: 'Bilateral' },
      { id: 'summit', label: 'Summit' },
    ],
    events,
  })
  if (!result.ok || result.value.setAside.length > 0) throw new Error('test dataset is invalid')
  return result.value.dataset
}

const event = (id: string, date: string, stances: unknown[]) => ({
  id,
  date,
  kind: 'claim',
  actors: ['leavitt'],
  title: id,
  stances,
  sourceChain: [{ actor: 'leavitt', how: 'said' }],
})

describe('buildStanceMatrix', () => {
  const dataset = load([
    event('attributed', '2025-08-19', [
      { actor: 'putin', format: 'bilateral', stance: 'supports', attributedBy: 'leavitt' },
    ]),
    event('own-word', '2025-08-20', [{ actor: 'putin', format: 'bilateral', stance: 'conditional' }]),
    event('later', '2025-09-01', [{ actor: 'lavrov', format: 'summit', stance: 'opposes' }]),
  ])

  it('shows the latest stance as of the chosen day and marks a conflict between voices', () => {
    const matrix = buildStanceMatrix(dataset, dataset.events, '2025-08-20')
    const cell = matrix.cells.get(cellKey('putin', 'bilateral'))
    expect(cell?.latest).toMatchObject({ eventId: 'own-word', stance: 'conditional', attributedBy: null })
    expect(cell?.hasConflict).toBe(true)
    expect(cell?.evidence.map((e) => e.eventId)).toEqual(['attributed', 'own-word'])
    expect(matrix.actorIds).toEqual(['putin'])
    expect(matrix.formatIds).toEqual(['bilateral'])
  })

  it('leaves out what was said after the chosen day', () => {
    const matrix = buildStanceMatrix(dataset, dataset.events, '2025-08-19')
    const cell = matrix.cells.get(cellKey('putin', 'bilateral'))
    expect(cell?.latest).toMatchObject({ eventId: 'attributed', attributedBy: 'leavitt' })
    expect(cell?.hasConflict).toBe(false)
    expect(matrix.cells.has(cellKey('lavrov', 'summit'))).toBe(false)
  })

  it('defaults to the day of the last event', () => {
    expect(lastEventDay(dataset.events)).toBe('2025-09-01')
  })
})
