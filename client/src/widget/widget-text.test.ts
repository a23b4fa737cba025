import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../follow-conversation.ts';
import { readSuggestions } from './widget-message-log.ts';
import { createWidgetTranslator } from './widget-text.ts';

describe('widget words', () => {
  it('fills the queue position and wait into the sentence', () => {
    expect(createWidgetTranslator('en')('queue', { n: 3, m: 2 })).toBe('You are number 3 in line, about 2 min');
    expect(createWidgetTranslator('zh')('queue', { n: 3, m: 2 })).toBe('您前面还有 3 人，预计等待 2 分钟');
  });
});

describe('did-you-mean chips', () => {
  const botMessage = (data: unknown) => ({ authorType: 'BOT', kind: 'TEXT', data }) as ConversationMessage;

  it('reads the questions of a SUGGESTIONS bot result and nothing from other replies', () => {
    const suggestions = { botResult: { type: 'SUGGESTIONS', suggestions: [{ question: '怎么开发票？', score: 0.4 }, { question: 'Can I change the address?', score: 0.3 }] } };
    expect(readSuggestions(botMessage(suggestions))).toEqual(['怎么开发票？', 'Can I change the address?']);
    expect(readSuggestions(botMessage({ botResult: { type: 'KNOWLEDGE_ANSWER', question: 'x' } }))).toEqual([]);
    expect(readSuggestions(botMessage(null))).toEqual([]);
  });
});
