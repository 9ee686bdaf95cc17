import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test/dataset-fixture'
import { PROTOTYPE_NAMES, SLUG_PROTOTYPE_NAMES, documentWithIdEverywhere } from '../test/prototype-names'
import { buildStanceMatrix, cellKey } from './stance-matrix'

// Issue 13: the matrix keyed by actor and format ids named like Object.prototype's properties.

describe.each(SLUG_PROTOTYPE_NAMES)('the stance matrix with the id "%s"', (id) => {
  const { dataset } = checkFixture(documentWithIdEverywhere(id))

  it('has its row and column and the stances attested for them', () => {
    const matrix = buildStanceMatrix(dataset, dataset.events, null)
    expect(matrix.actorIds).toEqual(['ana', id])
    expect(matrix.formatIds).toEqual([id])
    expect(matrix.cells.get(cellKey(id, id))?.latest).toEqual({
      eventId: 'uses-it',
      day: '2025-08-20',
      stance: 'supports',
      attributedBy: id,
    })
    expect(matrix.cells.get(cellKey('ana', id))?.latest.stance).toBe('opposes')
  })

  it('has no cell for any other prototype name', () => {
    const matrix = buildStanceMatrix(dataset, dataset.events, null)
    for (const name of PROTOTYPE_NAMES.filter((other) => other !== id)) {
      expect(matrix.cells.get(cellKey(name, id))).toBeUndefined()
      expect(matrix.cells.get(cellKey(id, name))).toBeUndefined()
    }
    expect(matrix.cells.size).toBe(2)
  })
})
