// Agent, AgentSession and ApiKey rows are written by Prisma only; the SQL reads return what
// Prisma wrote, and the agent lock holds inside a Prisma transaction, on both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachStorage } from '../../testing/services.ts';
import { findSessionAgent, lockAgent } from './agent.ts';
import { findActiveApiKey } from './api-key.ts';
import { openTestStorage, type TestStorage } from './test-storage.ts';

describeEachStorage('storage/sql agent, api-key', (provider) => {
  let storage: TestStorage;

  beforeAll(async () => {
    storage = await openTestStorage(provider);
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('finds the agent of a live session only', async () => {
    const { db, sql } = storage.database;
    const agent = await db.agent.create({ data: { workspaceId: storage.workspaceId, email: 's@example.com', name: 'S', passwordHash: 'x', role: 'ADMIN' } });
    const session = await db.agentSession.create({ data: { agentId: agent.id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await findSessionAgent(sql, session.id, agent.id)).toEqual({ id: agent.id, workspaceId: storage.workspaceId, role: 'ADMIN' });
    expect(await findSessionAgent(sql, session.id, 'another-agent')).toBeNull();
    await db.agentSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await findSessionAgent(sql, session.id, agent.id)).toBeNull();
    const second = await db.agentSession.create({ data: { agentId: agent.id, expiresAt: new Date(Date.now() + 60_000) } });
    await db.agent.update({ where: { id: agent.id }, data: { deactivatedAt: new Date() } });
    expect(await findSessionAgent(sql, second.id, agent.id)).toBeNull();
  });

  it('finds an API key by hash until it is revoked', async () => {
    const { db, sql } = storage.database;
    const key = await db.apiKey.create({ data: { workspaceId: storage.workspaceId, name: 'bot', prefix: 'kefu_key_ab', tokenHash: `hash-${provider}`, role: 'ADMIN' } });
    expect(await findActiveApiKey(sql, `hash-${provider}`)).toEqual({ id: key.id, workspaceId: storage.workspaceId, role: 'ADMIN' });
    expect(await findActiveApiKey(sql, 'hash-unknown')).toBeNull();
    await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    expect(await findActiveApiKey(sql, `hash-${provider}`)).toBeNull();
  });

  it('locks an agent inside a Prisma transaction; skip-locked reports one held elsewhere', async () => {
    const { db, sql } = storage.database;
    const agent = await db.agent.create({ data: { workspaceId: storage.workspaceId, email: 'l@example.com', name: 'L', passwordHash: 'x' } });
    expect(await db.$transaction((tx) => lockAgent(tx, sql.dialect, agent.id, 'skip-locked'))).toBe(true);
    if (provider === 'sqlite') return; // SQLite: one writer at a time, no row locks to skip
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(async (tx) => {
      await lockAgent(tx, sql.dialect, agent.id, 'wait');
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    expect(await db.$transaction((tx) => lockAgent(tx, sql.dialect, agent.id, 'skip-locked'))).toBe(false);
    release();
    await holder;
  });
});
