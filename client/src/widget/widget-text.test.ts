import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../follow-conversation.ts';
import { readSuggestions } from './widget-message-log.ts';
import { describeSystemEvent } from '../ui/system-event-text.ts';
import { createWidgetTranslator } from './widget-text.ts';
import { safeHref } from '../ui/linkify.ts';

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

describe('system lines', () => {
  const event = (code: string, values: Record<string, string | null> = {}) => ({ code, agentName: null, departmentName: null, status: null, ...values }) as never;

  it('says who joined, transfers and status changes in the widget’s language, from the code', () => {
    const zh = createWidgetTranslator('zh');
    const en = createWidgetTranslator('en');
    expect(describeSystemEvent(zh, event('AGENT_JOINED', { agentName: '小李' }))).toBe('小李 已加入会话');
    expect(describeSystemEvent(en, event('AGENT_JOINED', { agentName: 'Li' }))).toBe('Li joined the conversation');
    expect(describeSystemEvent(zh, event('AGENT_JOINED'))).toBe('客服已加入会话');
    expect(describeSystemEvent(zh, event('TRANSFERRED_TO_DEPARTMENT', { departmentName: '售后' }))).toBe('已转接至售后，正在等待客服');
    expect(describeSystemEvent(zh, event('STATUS_CHANGED', { status: 'RESOLVED' }))).toBe('会话已解决');
    expect(describeSystemEvent(en, event('STATUS_CHANGED', { status: 'CLOSED' }))).toBe('The conversation was closed');
    expect(describeSystemEvent(zh, event('WAITING_FOR_AGENT'))).toBe('正在等待客服接入');
  });
});

describe('links in messages', () => {
  it('links only http(s) addresses', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('www.example.com')).toBe('https://www.example.com/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
  });
});
