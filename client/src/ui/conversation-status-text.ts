// A conversation's status as people read it, in Chinese and English: the console's inbox, its
// conversation header and the customer history all show it, from this one table.
import type { TextTable } from './translate.ts';

/** Spread into a UI's own word table, so its translator knows these keys. */
export const conversationStatusText = {
  OPEN: { zh: '进行中', en: 'Open' },
  PENDING: { zh: '待处理', en: 'Pending' },
  RESOLVED: { zh: '已解决', en: 'Resolved' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
} satisfies TextTable;
