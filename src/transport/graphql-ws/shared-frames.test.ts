// A shared payload reaches exactly the frame graphql-ws serialised it into, and a frame it was
// not handed over for fails loudly instead of going out with the placeholder.
import { GraphQLError } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { createSharedFrames } from './shared-frames.ts';

const nextFrame = (id: string, payload: object) => stringifyMessage({ id, type: MessageType.Next, payload });

describe('shared frames', () => {
  it('writes the payload serialised once into each frame graphql-ws builds around it', () => {
    const frames = createSharedFrames();
    const payload = frames.share({ data: { conversationEvents: { seq: 7, body: 'hi "there"' } }, errors: [new GraphQLError('partial')] });
    const expected = (id: string) => JSON.stringify({ id, type: 'next', payload: { data: payload.data, errors: [{ message: 'partial' }] } });
    expect(frames.take(nextFrame('x"1', payload))).toBe(expected('x"1'));
    expect(frames.take(nextFrame('y', payload))).toBe(expected('y'));
  });

  it('passes every other frame through unchanged', () => {
    const frames = createSharedFrames();
    const frame = nextFrame('a', { data: { ok: true } });
    expect(frames.take(frame)).toBe(frame);
  });

  it('throws when a handed-over payload meets a frame that does not carry it', () => {
    const frames = createSharedFrames();
    JSON.stringify(frames.share({ data: { n: 1 } }));
    expect(() => frames.take(nextFrame('a', { data: { n: 2 } }))).toThrow(/does not carry it/);
    const frame = nextFrame('b', { data: { n: 3 } });
    expect(frames.take(frame)).toBe(frame);
  });

  it('throws when a payload is serialised again before its frame was sent', () => {
    const frames = createSharedFrames();
    const payload = frames.share({ data: { n: 1 } });
    JSON.stringify(payload);
    expect(() => nextFrame('a', payload)).toThrow(/serialised twice/);
  });
});
