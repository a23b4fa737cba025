import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from './detect-handoff-request.ts';

describe('isHandoffRequest', () => {
  it('hands off on requests for a person in Chinese and English', () => {
    for (const text of ['转人工', '人工', '我要转人工客服', '找人工', 'I want to talk to a human', 'agent', 'Can I speak to someone?', 'connect me with a real person please', '客服在吗', '客服在不在？', '有人吗', '有没有活人', '有人在吗？', '有没有人工', 'is anyone there?', 'Is there a human I can talk to?', 'anybody there']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
  });

  it('does not hand off on look-alikes, questions about the bot or negated requests', () => {
    for (const text of ['你是人工智能吗', '不用转人工，告诉我退款政策就行', '你们的转接头多少钱', 'are you a real person or a bot?', '你是真人吗', "I don't want to talk to an agent, just tell me the price", '人工费怎么算', '在吗', '有人说可以退款，是真的吗', '你好', 'is there a fee for shipping?', 'is anyone else having this issue', 'someone here told me refunds take 3 days']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });
});
