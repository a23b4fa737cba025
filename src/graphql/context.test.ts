// A run's context: its own object (Pothos keys its per-request caches by it) with the caller's
// fields and logger, without making the caller a prototype (a hidden class per socket).
import { pino } from 'pino';
import { expect, it } from 'vitest';
import type { Deps } from '../deps.ts';
import { contextForOneRun, type GraphQLContext } from './context.ts';

it("gives each run an object of its own with the caller's fields and the caller's one logger", () => {
  let made = 0;
  const caller: GraphQLContext = {
    deps: {} as Deps,
    principal: { kind: 'visitor', id: 'v1', workspaceId: 'w1' },
    requestId: 'conn-1',
    clientIp: '127.0.0.9',
    get log() {
      made++;
      return pino({ level: 'silent' });
    },
  };
  const first = contextForOneRun(caller);
  const second = contextForOneRun(caller);
  expect(first).not.toBe(second);
  expect({ deps: first.deps, principal: first.principal, requestId: first.requestId, clientIp: first.clientIp }).toEqual({
    deps: caller.deps,
    principal: caller.principal,
    requestId: 'conn-1',
    clientIp: '127.0.0.9',
  });
  expect(Object.getPrototypeOf(first) === Object.getPrototypeOf(second)).toBe(true);
  expect(Object.getPrototypeOf(first) === caller).toBe(false);
  expect(made).toBe(0);
  void first.log;
  expect(made).toBe(1);
  expect(contextForOneRun(first).principal).toBe(caller.principal);
});
