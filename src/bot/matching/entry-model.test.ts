import { describe, expect, it } from 'vitest';
import { trainEntryModel } from './entry-model.ts';
import { createTfidfSpace } from './tfidf.ts';

describe('trainEntryModel', () => {
  const texts = ['How long does delivery take?', 'Delivery takes 2 to 5 days.', 'How much is delivery?', 'Delivery is free over 200 yuan.'];
  const space = createTfidfSpace(texts);
  const model = trainEntryModel([10, 20], [
    { entry: 10, tokens: space.vectorize(texts[0]!), weight: 1 },
    { entry: 10, tokens: space.vectorize(texts[1]!), weight: 0.3 },
    { entry: 20, tokens: space.vectorize(texts[2]!), weight: 1 },
    { entry: 20, tokens: space.vectorize(texts[3]!), weight: 0.3 },
  ]);

  it('weighs the words that tell two entries apart, not the word they share', () => {
    const [slow, fee] = model.predict(space.vectorize('delivery days'));
    expect(slow).toBeGreaterThan(0.7);
    expect(fee).toBeLessThan(0.3);
    const [, free] = model.predict(space.vectorize('is delivery free'));
    expect(free).toBeGreaterThan(0.7);
  });

  it('gives no entry the lead for words no entry uses', () => {
    const [a, b] = model.predict(space.vectorize('tell me a joke'));
    expect(a).toBeCloseTo(0.5, 5);
    expect(b).toBeCloseTo(0.5, 5);
  });
});
