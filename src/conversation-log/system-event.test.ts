import { describe, expect, it } from 'vitest';
import { systemEventOf } from './system-event.ts';

describe('system events', () => {
  it('reads the code and parameters from the kind and data, not the English body', () => {
    expect(systemEventOf({ kind: 'ASSIGNED', data: { from: null, to: 'a1', agentName: '小李' } })).toEqual({ code: 'AGENT_JOINED', agentName: '小李', departmentName: null, status: null });
    expect(systemEventOf({ kind: 'ASSIGNED', data: { from: 'a1', to: null, departmentId: 'd1', departmentName: 'Billing' } })?.code).toBe('TRANSFERRED_TO_DEPARTMENT');
    expect(systemEventOf({ kind: 'ASSIGNED', data: { from: 'a1', to: null } })?.code).toBe('WAITING_FOR_AGENT');
    expect(systemEventOf({ kind: 'STATUS_CHANGED', data: { from: 'OPEN', to: 'RESOLVED' } })).toMatchObject({ code: 'STATUS_CHANGED', status: 'RESOLVED' });
    expect(systemEventOf({ kind: 'TEXT', data: null })).toBeNull();
  });
});
