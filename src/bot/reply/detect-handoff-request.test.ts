import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from './detect-handoff-request.ts';

describe('isHandoffRequest', () => {
  it('hands off on requests for a person in Chinese and English', () => {
    for (const text of ['转人工', '人工', '我要转人工客服', '找人工', 'I want to talk to a human', 'agent', 'Can I speak to someone?', 'connect me with a real person please', '客服在吗', '客服在不在？', '有人吗', '有没有活人', '有人在吗？', '有没有人工', 'is anyone there?', 'Is there a human I can talk to?', 'anybody there', 'hello? anyone here?', "I don't get it talk to a human",  '有人嗎', '客服在嗎', '請問有人在嗎', '有沒有真人']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
  });

  it('hands off on the other usual wordings: 转接客服, 转一下人工, 找个真人, 跟客服说话, "I need a human", "escalate", support or a manager', () => {
    for (const text of ['请帮我转接客服', '請幫我轉接客服', '帮我转接一下客服', '麻烦转一下人工', '找个真人', '我要跟客服说话', '我想和客服聊聊', '你们客服呢？叫个人来', 'I need a human', 'transfer to agent', 'escalate to a human', 'I would like to talk to customer support', 'speak to a manager']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['可以叫个人来上门取件吗', '我要找个客服电话', '我已经跟客服说过了，退款还没到', '不用转接客服，告诉我运费', '不想跟客服说，直接告诉我', 'do I need a representative to sign for it', 'I talked to customer service yesterday', 'no need to escalate to a human']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hands off on 联系人工, 你们客服呢, 人工呢, 找真人, 接通人工, 联系客服 alone and "contact a human", not on questions about contact details', () => {
    for (const text of ['联系人工', '聯繫人工', '帮我联系一下人工客服', '你们客服呢', '你们客服呢？？', '人工呢？', '客服人呢', '那你们的客服哪去了', '我要找真人', '找你们客服', '接通人工', '联系客服', '我要联系你们客服！', 'can I contact a human?', 'contact an agent please']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['怎么联系客服', '联系客服的电话是多少', '联系人工的电话是多少', '找你们客服的邮箱', '不用联系人工，告诉我运费', '客服呢称可以改吗', 'how do I contact support by email?', "don't contact a human, just tell me", '我的联系人信息怎么改']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hands off on "人工 pls", "换个人来", "叫你们客服出来", "找你们经理", not on questions about when people answer (FAQ team probe)', () => {
    for (const text of ['人工 pls', '人工please', '机器人听不懂，换个人来', '换个真人吧', '叫你们客服出来', '我要投诉，找你们经理', '人工客服几点上班？我要转人工']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['人工客服几点上班？', '客服工作时间', '人工服务时间是什么时候', '人工客服几点有', '客服什么时候在线', '换个人地址可以吗', '我想换个颜色', '经理推荐的款式还有吗']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('reads a message of 16 KB of spaces in one pass (a chain of optional spaces used to backtrack for minutes)', () => {
    for (const text of [`agent${' '.repeat(1_900)}x`, `anyone${' '.repeat(1_900)}there x`]) expect(isHandoffRequest(text), text.length.toString()).toBe(false);
    expect(isHandoffRequest(`agent${' '.repeat(16_000)}x`)).toBe(false);
    // A long message is read at its start and its end, where a request for a person comes.
    expect(isHandoffRequest(`${'退款太慢了 '.repeat(3_000)}转人工`)).toBe(true);
    expect(isHandoffRequest(`转人工 ${'退款太慢了 '.repeat(3_000)}`)).toBe(true);
  });

  it('does not hand off on look-alikes, questions about the bot or negated requests', () => {
    for (const text of ['你是人工智能吗', '不用转人工，告诉我退款政策就行', '你们的转接头多少钱', 'are you a real person or a bot?', '你是真人吗', "I don't want to talk to an agent, just tell me the price", '人工费怎么算', '在吗', '有人说可以退款，是真的吗', '你好', 'is there a fee for shipping?', 'is anyone else having this issue', 'someone here told me refunds take 3 days', "I don't need to be transferred, what are your hours?", 'do not connect me to anyone', "I don't want an agent",  '这个优惠券适用于所有人吗？', '退款必须退到银行卡持有人吗？', '发票抬头可以写公司所有人吗', '快递员说家里没有人吗？', '有没有客服电话', 'is anyone available to deliver on Sunday?', 'is someone available to pick up my return tomorrow?', 'Is there anyone who can deliver to Hong Kong?', 'is there a person I should address the invoice to?']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });
});
