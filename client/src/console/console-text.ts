// The console's words in Chinese and English, by browser locale.
import { conversationStatusText } from '../ui/conversation-status-text.ts';
import { systemEventText } from '../ui/system-event-text.ts';
import { createTranslator, type Locale, type TextTable } from '../ui/translate.ts';
export type ConsoleLocale = Locale;

const consoleText = {
  signIn: { zh: '登录', en: 'Sign in' },
  haveResetToken: { zh: '有密码重置令牌？', en: 'Have a password reset token?' },
  resetToken: { zh: '重置令牌', en: 'Reset token' },
  newPassword: { zh: '新密码（至少 10 个字符）', en: 'New password (at least 10 characters)' },
  setPassword: { zh: '设置新密码', en: 'Set the new password' },
  passwordSet: { zh: '密码已更改，请用新密码登录。', en: 'Password changed: sign in with the new one.' },
  backToSignIn: { zh: '返回登录', en: 'Back to sign in' },
  sessionEnded: { zh: '您已退出登录：会话已结束，或账号已被停用或更改角色。请重新登录。', en: 'You were signed out: the session ended, or the account was deactivated or its role changed. Sign in again.' },
  email: { zh: '邮箱', en: 'Email' },
  password: { zh: '密码', en: 'Password' },
  workspace: { zh: '工作区', en: 'Workspace' },
  chooseWorkspace: { zh: '此邮箱和密码对应多个工作区，请选择一个。', en: 'This email and password open several workspaces: choose one.' },
  signOut: { zh: '退出', en: 'Sign out' },
  mine: { zh: '我的', en: 'Mine' },
  queue: { zh: '排队中', en: 'Queue' },
  all: { zh: '全部', en: 'All' },
  ONLINE: { zh: '在线', en: 'Online' },
  AWAY: { zh: '离开', en: 'Away' },
  OFFLINE: { zh: '离线', en: 'Offline' },
  empty: { zh: '没有会话', en: 'No conversations' },
  pick: { zh: '从左侧选择一个会话（Alt+↑/↓）', en: 'Pick a conversation (Alt+↑/↓)' },
  noLongerYours: { zh: '此会话已分配给其他客服，这里不再更新。', en: 'This conversation went to another agent: it no longer updates here.' },
  take: { zh: '接入', en: 'Take' },
  resolve: { zh: '解决', en: 'Resolve' },
  reopen: { zh: '重新打开', en: 'Reopen' },
  transferTo: { zh: '转接给…', en: 'Transfer to…' },
  tags: { zh: '标签', en: 'Tags' },
  addTag: { zh: '添加标签，回车确认', en: 'Add a tag, Enter' },
  reply: { zh: '回复', en: 'Reply' },
  note: { zh: '内部备注', en: 'Internal note' },
  replyPlaceholder: { zh: '回复访客… 输入 / 搜索快捷回复，Enter 发送', en: 'Reply… type / for canned replies, Enter to send' },
  notePlaceholder: { zh: '内部备注（访客不可见）', en: 'Internal note (the visitor never sees it)' },
  send: { zh: '发送', en: 'Send' },
  visitor: { zh: '访客信息', en: 'Visitor' },
  page: { zh: '页面', en: 'Page' },
  language: { zh: '语言', en: 'Language' },
  browser: { zh: '浏览器', en: 'Browser' },
  suggested: { zh: '机器人建议回复', en: 'Bot suggested answers' },
  noSuggestions: { zh: '暂无建议', en: 'No suggestions yet' },
  typing: { zh: '访客正在输入…', en: 'Visitor is typing…' },
  read: { zh: '已读', en: 'Read' },
  waiting: { zh: '排队', en: 'Waiting' },
  leftMessage: { zh: '留言', en: 'Left a message' },
  reconnecting: { zh: '连接中断，正在重连…', en: 'Connection lost, reconnecting…' },
  offline: { zh: '网络已断开', en: 'You are offline' },
  anonymous: { zh: '访客', en: 'Visitor' },
  botAuthor: { zh: '智能助手', en: 'Bot' },
  sending: { zh: '发送中…', en: 'Sending…' },
  agentBotAuthor: { zh: '{name}（机器人）', en: '{name} (bot)' },
  shortcuts: { zh: 'Alt+1/2/3 切换列表 · Alt+↑/↓ 切换会话 · Alt+T 接入 · Alt+R 解决 · Alt+N 备注 · / 快捷回复', en: 'Alt+1/2/3 lists · Alt+↑/↓ conversations · Alt+T take · Alt+R resolve · Alt+N note · / canned replies' },
  attach: { zh: '发送图片或文件', en: 'Send an image or a file' },
  uploading: { zh: '正在上传 {name}…', en: 'Uploading {name}…' },
  searchMessages: { zh: '搜索消息', en: 'Search messages' },
  searchPlaceholder: { zh: '搜索消息记录，回车', en: 'Search messages, Enter' },
  searchResults: { zh: '搜索结果', en: 'Search results' },
  clearSearch: { zh: '返回列表', en: 'Back to the lists' },
  noMessagesFound: { zh: '没有找到消息', en: 'No messages found' },
  agentAuthor: { zh: '客服', en: 'Agent' },
  ...systemEventText,
  ...conversationStatusText,
} satisfies TextTable;

export type ConsoleTextKey = keyof typeof consoleText;

export const createConsoleTranslator = (locale: ConsoleLocale) => createTranslator(locale, consoleText);

export type ConsoleTranslate = ReturnType<typeof createConsoleTranslator>;
