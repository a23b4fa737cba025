// What a change event means, as a code and parameters instead of its English body, so every
// client can say it in its own language ("李明 已加入会话"). Read from the event's kind and data;
// events stored before agentName and departmentName were recorded come without them.
import type { Message } from '../storage/models.ts';

export const SYSTEM_EVENT_CODES = ['AGENT_JOINED', 'WAITING_FOR_AGENT', 'TRANSFERRED_TO_DEPARTMENT', 'STATUS_CHANGED', 'PRIORITY_CHANGED'] as const;
export type SystemEventCode = (typeof SYSTEM_EVENT_CODES)[number];

export interface SystemEvent {
  code: SystemEventCode;
  agentName: string | null;
  departmentName: string | null;
  status: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

export function systemEventOf(message: Pick<Message, 'kind' | 'data'>): SystemEvent | null {
  const data = (message.data ?? {}) as Record<string, unknown>;
  const base = { agentName: text(data.agentName), departmentName: text(data.departmentName), status: null };
  switch (message.kind) {
    case 'ASSIGNED':
      if (data.to) return { ...base, code: 'AGENT_JOINED' };
      return { ...base, code: data.departmentId ? 'TRANSFERRED_TO_DEPARTMENT' : 'WAITING_FOR_AGENT' };
    case 'STATUS_CHANGED':
      return { ...base, code: 'STATUS_CHANGED', status: text(data.to) };
    case 'PRIORITY_CHANGED':
      return { ...base, code: 'PRIORITY_CHANGED' };
    default:
      return null;
  }
}
