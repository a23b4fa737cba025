// The plain-text body of a transcript email: one block per message, oldest first, times in UTC.
import type { AuthorType } from '../storage/models.ts';

export const TRANSCRIPT_MAX_MESSAGES = 1_000;

interface TranscriptLine {
  authorType: AuthorType;
  body: string;
  createdAt: Date;
  authorAgent: { name: string } | null;
}

const AUTHOR = { VISITOR: 'You', AGENT: 'Agent', BOT: 'Assistant', SYSTEM: 'Kefu' } as const;

export function formatTranscript(messages: TranscriptLine[], visitorName: string | null): string {
  const blocks = messages.map((m) => {
    const author = m.authorType === 'AGENT' && m.authorAgent ? m.authorAgent.name : m.authorType === 'VISITOR' && visitorName ? visitorName : AUTHOR[m.authorType];
    return `[${m.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC] ${author}:\n${m.body}`;
  });
  const cut = messages.length >= TRANSCRIPT_MAX_MESSAGES ? `(The last ${TRANSCRIPT_MAX_MESSAGES} messages.)\n\n` : '';
  return `Here is your conversation with us.\n\n${cut}${blocks.join('\n\n')}\n`;
}
