// System lines (someone joined, a transfer, a status change) in Chinese and English, from the
// event's code: the widget and the console both draw them from here, never from the stored body.
import type { ConversationMessage } from '../follow-conversation.ts';
import type { TextTable } from './translate.ts';

/** Spread into a UI's own word table, so its translator knows these keys. */
export const systemEventText = {
  AGENT_JOINED: { zh: '{name} 已加入会话', en: '{name} joined the conversation' },
  AGENT_JOINED_UNNAMED: { zh: '客服已加入会话', en: 'An agent joined the conversation' },
  WAITING_FOR_AGENT: { zh: '正在等待客服接入', en: 'Waiting for an agent' },
  TRANSFERRED_TO_DEPARTMENT: { zh: '已转接至{department}，正在等待客服', en: 'Transferred to {department}; waiting for an agent' },
  TRANSFERRED_UNNAMED: { zh: '已转接，正在等待客服', en: 'Transferred; waiting for an agent' },
  STATUS_OPEN: { zh: '会话已重新打开', en: 'The conversation was reopened' },
  STATUS_PENDING: { zh: '会话等待处理中', en: 'The conversation is pending' },
  STATUS_RESOLVED: { zh: '会话已解决', en: 'The conversation was resolved' },
  STATUS_CLOSED: { zh: '会话已关闭', en: 'The conversation was closed' },
  PRIORITY_CHANGED: { zh: '优先级已更改', en: 'The priority changed' },
} satisfies TextTable;

type SystemEventKey = keyof typeof systemEventText;
type SystemEventFields = NonNullable<ConversationMessage['systemEvent']>;

/** A change event (someone joined, resolved, transferred) in `t`'s language, from its code. */
export function describeSystemEvent(t: (key: SystemEventKey, values?: Record<string, string>) => string, event: SystemEventFields): string {
  switch (event.code) {
    case 'AGENT_JOINED':
      return event.agentName ? t('AGENT_JOINED', { name: event.agentName }) : t('AGENT_JOINED_UNNAMED');
    case 'TRANSFERRED_TO_DEPARTMENT':
      return event.departmentName ? t('TRANSFERRED_TO_DEPARTMENT', { department: event.departmentName }) : t('TRANSFERRED_UNNAMED');
    case 'STATUS_CHANGED': {
      const key = `STATUS_${event.status ?? 'OPEN'}` as const;
      return key === 'STATUS_OPEN' || key === 'STATUS_PENDING' || key === 'STATUS_RESOLVED' || key === 'STATUS_CLOSED' ? t(key) : t('STATUS_OPEN');
    }
    default:
      return t(event.code);
  }
}
