import { builder } from '../graphql/builder.ts';
import { MessageRef } from './message.schema.ts';
import { SYSTEM_EVENT_CODES, systemEventOf, type SystemEvent } from './system-event.ts';

const SystemEventCodeEnum = builder.enumType('SystemEventCode', {
  description: 'What a change event says; clients render it in their own language.',
  values: {
    AGENT_JOINED: { description: 'An agent joined (agentName).' },
    WAITING_FOR_AGENT: { description: 'The conversation waits for an agent.' },
    TRANSFERRED_TO_DEPARTMENT: { description: 'Transferred to a department (departmentName) and waiting for an agent there.' },
    STATUS_CHANGED: { description: 'The status changed (status is the new one).' },
    PRIORITY_CHANGED: { description: 'The priority changed (internal).' },
  } satisfies Record<(typeof SYSTEM_EVENT_CODES)[number], unknown>,
});

const SystemEventRef = builder.objectRef<SystemEvent>('SystemEvent').implement({
  description: 'A change event as a code and parameters, to show in the reader’s language.',
  fields: (t) => ({
    code: t.expose('code', { type: SystemEventCodeEnum, description: 'What happened.' }),
    agentName: t.exposeString('agentName', { nullable: true, description: 'The agent who joined, for AGENT_JOINED.' }),
    departmentName: t.exposeString('departmentName', { nullable: true, description: 'The department, for TRANSFERRED_TO_DEPARTMENT.' }),
    status: t.exposeString('status', { nullable: true, description: 'The new status (OPEN, PENDING, RESOLVED, CLOSED), for STATUS_CHANGED.' }),
  }),
});

builder.objectField(MessageRef, 'systemEvent', (t) =>
  t.field({ type: SystemEventRef, nullable: true, description: 'For change events: what happened, to render in the reader’s language (body holds an English rendering).', resolve: (m) => systemEventOf(m) }),
);
