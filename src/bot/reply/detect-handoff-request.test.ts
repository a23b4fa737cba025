import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from './detect-handoff-request.ts';

describe('isHandoffRequest', () => {
  it('hands off on requests for a person in Chinese and English', () => {
    for (const text of ['转人工', '人工', '我要转人工客服', '找人工', 'I want to talk to a human', 'agent', 'Can I speak to someone?', 'connect me with a real person please']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
  });

  it('does not hand off on look-alikes, questions about the bot or negated requests', () => {
    for (const text of ['你是人工智能吗', '不用转人工，告诉我退款政策就行', '你们的转接头多少钱', 'are you a real person or a bot?', '你是真人吗', "I don't want to talk to an agent, just tell me the price", '人工费怎么算']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });
});
