// Plugins the tests write into a plugins folder: each acts only on messages starting with its
// prefix ("lua: " or "ts: "), so both can be enabled in one workspace at once.

/** Lua: redacts "hunter2", tags, rejects "forbidden", loops on "loop", allocates 64 MB on "hog"; says goodbye on resolve. */
export const LUA_TEST_PLUGIN = (version: string) => `
return {
  name = "lua-screen",
  version = "${version}",
  order = 20,
  hooks = {
    beforeStore = function(message, ctx)
      if message.body:sub(1, 5) ~= "lua: " then return nil end
      if message.body:find("forbidden", 1, true) then return { reject = "lua does not allow forbidden words" } end
      if message.body:find("loop", 1, true) then while true do end end
      if message.body:find("hog", 1, true) then local big = string.rep("x", 64 * 1024 * 1024) end
      ctx.addTag("lua-seen")
      if message.body:find("hunter2", 1, true) then
        return { body = (message.body:gsub("hunter2", "[lua redacted]")), tags = { "lua-secret" } }
      end
    end,
    conversationResolved = function(event, ctx)
      ctx.sendSystemMessage("lua says goodbye")
    end,
  },
}
`;

/** TypeScript: the same screening with the "ts: " prefix; tags new conversations; "notify" calls settings.endpoint (and a host nobody allowed). */
export const TS_TEST_PLUGIN = (version: string) => `
import type { PluginDefinition } from '../plugin-api.ts';

const redact = (body: string): string => body.replaceAll('hunter2', '[ts redacted]');

export default {
  name: 'ts-screen',
  version: '${version}',
  order: 30,
  settings: { endpoint: { type: 'string', default: '' } },
  hooks: {
    afterStore(message, ctx) {
      if (!message.body.startsWith('ts: notify')) return;
      ctx.http('http://not-allowed.example/hook', { method: 'POST', body: message.body });
      ctx.http(ctx.settings.endpoint as string, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: message.conversationId + ' ' + message.seq + ' ' + message.body });
    },
    beforeStore(message, ctx) {
      if (!message.body.startsWith('ts: ')) return null;
      if (message.body.includes('forbidden')) return { reject: 'ts does not allow forbidden words' };
      if (message.body.includes('loop')) for (;;) {}
      ctx.addTag('ts-seen');
      return message.body.includes('hunter2') ? { body: redact(message.body), tags: ['ts-secret'] } : null;
    },
    conversationCreated(_event, ctx) {
      ctx.addTag('ts-new');
    },
  },
} satisfies PluginDefinition;
`;
