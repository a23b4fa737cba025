// The Workspace columns of the bot's default reply: defaultReply for both languages, and
// defaultReplyZh / defaultReplyEn over it for messages in theirs (decide-bot-reply.ts).
export const DEFAULT_REPLY_COLUMNS = { defaultReply: true, defaultReplyZh: true, defaultReplyEn: true } as const;

export type DefaultReplyColumns = { [K in keyof typeof DEFAULT_REPLY_COLUMNS]: string | null };
