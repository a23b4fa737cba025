// The bot's knowledge: a few questions with answers and the words that point at them.
export interface Faq {
  id: string;
  question: string;
  answer: string;
  keywords: RegExp;
}

export const FAQS: Faq[] = [
  { id: 'shipping', question: 'How long does shipping take?', answer: 'Orders ship within 2 days and arrive in 3–5 days.', keywords: /ship|deliver|arrive|发货|快递/i },
  { id: 'returns', question: 'How do I return an item?', answer: 'Send it back within 30 days with the slip in the box; the refund follows in 2 working days.', keywords: /return|refund|退货|退款/i },
  { id: 'hours', question: 'When are you open?', answer: 'People answer chats 9:00–18:00 Beijing time, Monday to Friday.', keywords: /hour|open|time|营业|几点/i },
];

/** "agent", "human", "person" or 人工: the visitor wants a person. */
export const WANTS_PERSON = /\b(agent|human|person)\b|人工|客服/i;

export function findFaq(text: string): Faq | undefined {
  return FAQS.find((faq) => faq.keywords.test(text));
}
