// Who an event is stored as: the signed-in caller becomes the author columns of the log.
import type { Principal } from '../auth/principal.ts';
import type { NewEvent } from './append-event.ts';

export type EventAuthor = Pick<NewEvent, 'authorType' | 'authorAgentId' | 'authorVisitorId' | 'authorApiKeyId'>;

export function authorOf(principal: Principal): EventAuthor {
  switch (principal.kind) {
    case 'agent':
      return { authorType: 'AGENT', authorAgentId: principal.id };
    case 'visitor':
      return { authorType: 'VISITOR', authorVisitorId: principal.id };
    case 'apiKey':
      return { authorType: 'BOT', authorApiKeyId: principal.id };
  }
}
