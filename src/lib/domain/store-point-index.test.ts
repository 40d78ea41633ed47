/** The store's point index: made on the first radius question, or ahead of it when asked. */
import { describe, expect, it } from 'vitest';
import { IncidentStore } from './store.ts';
import { randomIncidents, testBorder } from './test/random-incidents.ts';

const incidents = randomIncidents(50, 3);

describe('the point index', () => {
  it('is not made with the store', () => {
    expect(new IncidentStore({ incidents, border: testBorder() }).hasPointIndex).toBe(false);
  });

  it('is made in the next quiet moment when a radius question is coming', async () => {
    const store = new IncidentStore({ incidents, border: testBorder() });
    const ready = store.preparePointIndex();
    expect(store.hasPointIndex).toBe(false);
    await ready;
    expect(store.hasPointIndex).toBe(true);
    // The same index answers the question: asking again makes no other.
    const index = store.pointIndex;
    await store.preparePointIndex();
    expect(store.pointIndex).toBe(index);
  });
});
