// The widget's words in Chinese and English; the browser locale picks one (data-locale overrides).
import type { ConversationMessage } from '../follow-conversation.ts';
import { createTranslator, type Locale, type TextTable } from '../ui/translate.ts';

const widgetText = {
  title: { zh: '在线客服', en: 'Chat with us' },
  open: { zh: '打开客服聊天', en: 'Open the chat' },
  close: { zh: '关闭', en: 'Close' },
  greeting: { zh: '您好！有什么可以帮您？', en: 'Hi! How can we help?' },
  prechatIntro: { zh: '开始聊天前，请留下您的信息。', en: 'Tell us who you are to start chatting.' },
  name: { zh: '姓名', en: 'Name' },
  email: { zh: '邮箱', en: 'Email' },
  phone: { zh: '电话', en: 'Phone' },
  start: { zh: '开始聊天', en: 'Start chatting' },
  placeholder: { zh: '输入消息，按 Enter 发送', en: 'Type a message, Enter to send' },
  send: { zh: '发送', en: 'Send' },
  human: { zh: '转人工', en: 'Talk to a person' },
  didYouMean: { zh: '您是不是想问：', en: 'Did you mean:' },
  queue: { zh: '您前面还有 {n} 人，预计等待 {m} 分钟', en: 'You are number {n} in line, about {m} min' },
  queueNobodyOnline: { zh: '暂时没有客服在线。您可以继续等待，或留言给我们。', en: 'No agent is online right now. You can wait, or leave us a message.' },
  queueNoEta: { zh: '正在为您转接人工客服…', en: 'Finding a person for you…' },
  assigned: { zh: '{name} 为您服务', en: '{name} is here to help' },
  typing: { zh: '对方正在输入…', en: 'Typing…' },
  read: { zh: '已读', en: 'Read' },
  sending: { zh: '发送中', en: 'Sending' },
  failed: { zh: '发送失败', en: 'Not sent' },
  reconnecting: { zh: '连接中断，正在重连…', en: 'Connection lost, reconnecting…' },
  offline: { zh: '网络已断开，消息将在恢复后发送', en: 'You are offline; messages go out when you are back' },
  leaveMessage: { zh: '客服暂时不在线，请留言，我们会尽快通过邮件回复您。', en: 'Nobody is available right now. Leave a message and we will reply by email.' },
  leaveMessageSend: { zh: '提交留言', en: 'Leave message' },
  leaveMessageThanks: { zh: '留言已收到，谢谢！', en: 'Thanks, we got your message.' },
  csatQuestion: { zh: '本次服务您满意吗？', en: 'How did we do?' },
  csatComment: { zh: '还有什么想告诉我们的？（可选）', en: 'Anything else to tell us? (optional)' },
  csatSubmit: { zh: '提交评价', en: 'Send rating' },
  csatThanks: { zh: '感谢您的评价！', en: 'Thanks for your feedback!' },
  resolved: { zh: '会话已结束', en: 'This conversation was resolved' },
  bot: { zh: '智能助手', en: 'Assistant' },
  agent: { zh: '客服', en: 'Agent' },
  attach: { zh: '发送图片或文件', en: 'Send an image or a file' },
  uploading: { zh: '正在上传 {name}…', en: 'Uploading {name}…' },
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

export type WidgetTextKey = keyof typeof widgetText;

export const createWidgetTranslator = (locale: Locale) => createTranslator(locale, widgetText);

export type Translate = ReturnType<typeof createWidgetTranslator>;

type SystemEventFields = NonNullable<ConversationMessage['systemEvent']>;

/** A change event (someone joined, resolved, transferred) in the widget's language, from its code. */
export function describeSystemEvent(t: Translate, event: SystemEventFields): string {
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
