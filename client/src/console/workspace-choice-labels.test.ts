import { describe, expect, it } from 'vitest';
import { workspaceChoiceLabels } from './workspace-choice-labels.ts';

describe('workspaceChoiceLabels', () => {
  it('shows names alone when they differ, and the creation date when they repeat', () => {
    expect(
      workspaceChoiceLabels(
        [
          { id: 'a', name: 'Support', createdAt: '2026-11-30T08:00:00.000Z' },
          { id: 'b', name: 'Sales', createdAt: '2026-12-01T08:00:00.000Z' },
          { id: 'c', name: 'Support', createdAt: '2026-12-02T09:30:00.000Z' },
        ],
        'en',
      ),
    ).toEqual([
      { id: 'a', label: 'Support (created 2026-11-30)' },
      { id: 'b', label: 'Sales' },
      { id: 'c', label: 'Support (created 2026-12-02)' },
    ]);
  });

  it('adds the time when two of one name were created the same day, in the chosen language', () => {
    const labels = workspaceChoiceLabels(
      [
        { id: 'a', name: '客服', createdAt: '2026-12-02T08:00:00.000Z' },
        { id: 'b', name: '客服', createdAt: '2026-12-02T09:30:00.000Z' },
      ],
      'zh',
    );
    expect(labels.map((l) => l.label)).toEqual(['客服 (创建于 2026-12-02 08:00)', '客服 (创建于 2026-12-02 09:30)']);
  });
});
