// The widget's words in Chinese and English; the browser locale picks one (data-locale overrides).
import { systemEventText } from '../ui/system-event-text.ts';
import { createTranslator, type Locale, type TextTable } from '../ui/translate.ts';

const widgetText = {
  title: { zh: '在线客服', en: 'Chat with us' },
  open: { zh: '打开客服聊天', en: 'Open the chat' },
  openUnread: { zh: '打开客服聊天（{n} 条新消息）', en: 'Open the chat ({n} new)' },
  close: { zh: '关闭', en: 'Close' },
  messages: { zh: '聊天记录', en: 'Messages' },
  greeting: { zh: '您好！有什么可以帮您？', en: 'Hi! How can we help?' },
  prechatIntro: { zh: '开始聊天前，请留下您的信息。', en: 'Tell us who you are to start chatting.' },
  name: { zh: '姓名', en: 'Name' },
  email: { zh: '邮箱', en: 'Email' },
  phone: { zh: '电话', en: 'Phone' },
  start: { zh: '开始聊天', en: 'Start chatting' },
  placeholder: { zh: '输入消息，Enter 发送', en: 'Message, Enter to send' },
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
  // Enter starts a new line in the form, so its box does not say "Enter to send".
  leaveMessageBody: { zh: '留言内容', en: 'Your message' },
  leaveMessageSend: { zh: '提交留言', en: 'Leave message' },
  leaveMessageThanks: { zh: '留言已收到，谢谢！', en: 'Thanks, we got your message.' },
  csatQuestion: { zh: '本次服务您满意吗？', en: 'How did we do?' },
  csatComment: { zh: '还有什么想告诉我们的？（可选）', en: 'Anything else to tell us? (optional)' },
  csatSubmit: { zh: '提交评价', en: 'Send rating' },
  csatThanks: { zh: '感谢您的评价！', en: 'Thanks for your feedback!' },
  bot: { zh: '智能助手', en: 'Assistant' },
  agent: { zh: '客服', en: 'Agent' },
  attach: { zh: '发送图片或文件', en: 'Send an image or a file' },
  uploading: { zh: '正在上传 {name}…', en: 'Uploading {name}…' },
  ...systemEventText,
} satisfies TextTable;

export type WidgetTextKey = keyof typeof widgetText;

export const createWidgetTranslator = (locale: Locale) => createTranslator(locale, widgetText);

export type Translate = ReturnType<typeof createWidgetTranslator>;
