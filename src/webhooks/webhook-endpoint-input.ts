// Validation of what admins send for an endpoint: an http(s) URL and known event names.
import { z } from 'zod';
import { WORKSPACE_EVENT_TYPES, type WorkspaceEventType } from '../events/workspace-event-types.ts';

export const webhookUrl = z
  .string()
  .trim()
  .max(2000, 'Use a URL of at most 2000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
    } catch {
      return false; // not a URL at all: the message below says what to send
    }
  }, 'Give a full http:// or https:// URL without credentials, such as https://example.com/kefu/webhook.');

const eventNames = Object.keys(WORKSPACE_EVENT_TYPES) as [WorkspaceEventType, ...WorkspaceEventType[]];

export const webhookEvents = z
  .array(z.enum(eventNames, { message: `Use event names Kefu sends: ${eventNames.join(', ')}.` }))
  .min(1, 'Pick at least one event, such as message.created.')
  .max(eventNames.length)
  .transform((events) => [...new Set(events)]);
