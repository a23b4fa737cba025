// The one validated, frozen Config. Sources, lowest precedence first: defaults, the YAML file
// (`--config`), KEFU_* env vars (plus PORT, DATABASE_URL, REDIS_URL), then CLI flags.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const port = z.number().int().min(0).max(65535);
const positiveInt = z.number().int().positive();

/** A comma-separated list of host:port (or redis://[user:password@]host:port) Redis nodes, or empty. */
function redisNodes(what: string) {
  return z
    .string()
    .default('')
    .refine((nodes) => nodes === '' || nodes.split(',').every((node) => /^(rediss?:\/\/([^@/]*@)?)?[^:/@,\s]+:\d+\/?$/.test(node.trim())), {
      message: `must be empty or a comma-separated list of host:port (or redis://[user:password@]host:port) ${what} nodes`,
    });
}

export const configSchema = z
  .object({
    dataDir: z.string().default('./data').describe('Folder for the embedded SQLite database and generated secrets.'),
    workers: z.number().int().min(0).max(64).default(0).describe('Server processes sharing the port; 0 means one per CPU.'),
    http: z
      .object({
        host: z.string().default('0.0.0.0').describe('Address to listen on.'),
        port: port.default(4000).describe('HTTP and WebSocket port.'),
        graphqlPath: z.string().startsWith('/').default('/graphql').describe('Path of the GraphQL endpoint (HTTP and WebSocket).'),
        corsOrigins: z.array(z.string()).default([]).describe('Allowed browser origins; empty allows any origin.'),
        graphiql: z.boolean().default(true).describe('Serve GraphiQL on GET requests to the GraphQL path.'),
        introspection: z.boolean().default(true).describe('Allow introspection queries (HTTP and WebSocket).'),
        metricsToken: z.string().default('').describe('When set, /metrics answers only requests with `Authorization: Bearer <token>`; empty leaves it open (keep it off the public network).'),
        trustProxy: z.number().int().min(0).max(10).default(0).describe('Reverse proxies in front of Kefu whose X-Forwarded-For entries are trusted for the client address (rate limits, sign-in throttle); 0 uses the socket address.'),
        maxBodyBytes: z.number().int().min(0).default(0).describe('Largest HTTP request body; a larger one is refused with 413 (REQUEST_TOO_LARGE) while it streams in. 0 derives it from limits.messageMaxBytes (6 × the message limit + 64 KB).'),
      })
      .strict()
      .default({}),
    graphql: z
      .object({
        trustedDocuments: z
          .string()
          .default('')
          .describe('Trusted-documents manifest: a JSON file of sha256 hash → operation text, such as @kefu/client/persisted-documents.json. Clients may then send an operation by hash alone (extensions.persistedQuery.sha256Hash); empty means none.'),
        trustedDocumentsOnly: z
          .boolean()
          .default(false)
          .describe('Accept only operations in the trusted-documents manifest, by hash or identical text, over HTTP and WebSocket; needs graphql.trustedDocuments.'),
      })
      .strict()
      .refine((value) => !value.trustedDocumentsOnly || value.trustedDocuments !== '', { message: 'trustedDocumentsOnly needs graphql.trustedDocuments, the manifest to accept', path: ['trustedDocumentsOnly'] })
      .default({}),
    database: z
      .object({
        url: z
          .string()
          .default('')
          .refine((url) => url === '' || url.startsWith('file:') || /^(postgres(ql)?:\/\/|(mysql|mariadb):\/\/[^/?#]+\/\w+([?#]|$))/.test(url), {
            message: 'must be empty (SQLite in <dataDir>), file:PATH (SQLite), postgresql://… (PostgreSQL) or mysql://user:password@host:3306/database (MySQL, MariaDB; mariadb:// works too)',
          })
          .describe('file:PATH for SQLite, postgresql://… for PostgreSQL, mysql://user:password@host:3306/db for MySQL/MariaDB; empty means <dataDir>/kefu.db.'),
      })
      .strict()
      .default({}),
    redis: z
      .object({
        url: z
          .string()
          .default('')
          .refine((url) => url === '' || /^rediss?:\/\//.test(url), { message: 'must be empty or start with redis:// or rediss://' })
          .describe('redis://… to fan out events across machines; empty keeps events in this machine.'),
        cluster: redisNodes('Redis Cluster').describe(
          'Redis Cluster seed nodes, comma-separated host:port: events go over sharded pub/sub (one conversation on one shard), instead of redis.url.',
        ),
        sentinels: redisNodes('Redis Sentinel').describe(
          'Redis Sentinel nodes, comma-separated host:port: Kefu follows the master through failovers; redis.url names the master group as its host (redis://:password@mymaster).',
        ),
        keyPrefix: z.string().default('kefu:').describe('Prefix of every Redis channel name.'),
      })
      .strict()
      .refine((redis) => redis.url === '' || redis.cluster === '', { message: 'set redis.url (one Redis) or redis.cluster (Redis Cluster nodes), not both', path: ['cluster'] })
      .refine((redis) => redis.sentinels === '' || (redis.url !== '' && redis.cluster === ''), {
        message: 'needs redis.url naming the master group (redis://[:password@]mymaster) and no redis.cluster',
        path: ['sentinels'],
      })
      .default({}),
    auth: z
      .object({
        secret: z
          .string()
          .default('')
          .refine((secret) => secret === '' || secret.length >= 32, {
            message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`), or empty to generate one into <dataDir>/secret',
          })
          .describe('HMAC secret for tokens (≥ 32 chars); empty generates one into <dataDir>/secret.'),
        agentTokenTtlSeconds: positiveInt.default(7 * 24 * 3600).describe('Lifetime of an agent sign-in token.'),
        visitorTokenTtlSeconds: positiveInt.default(30 * 24 * 3600).describe('Lifetime of a visitor session token.'),
        passwordResetTtlSeconds: positiveInt.default(24 * 3600).describe('Lifetime of a one-time password reset token issued by an admin.'),
        publicSignUp: z.boolean().default(true).describe('Let anyone create a workspace with createWorkspace; false leaves it to signed-in admins and the CLI.'),
      })
      .strict()
      .default({}),
    limits: z
      .object({
        messageMaxBytes: positiveInt.default(16 * 1024).describe('Largest message body in UTF-8 bytes.'),
        textMaxLength: positiveInt.default(500).describe('Longest short text input (names, subjects, tags) in characters.'),
        queryMaxDepth: positiveInt.default(10).describe('Deepest selection set a GraphQL operation may have.'),
        queryMaxAliases: positiveInt.default(15).describe('Most aliases in one GraphQL operation.'),
        queryMaxTokens: positiveInt.default(2000).describe('Most tokens in one GraphQL document.'),
        queryMaxCost: positiveInt.default(5000).describe('Highest estimated cost of one GraphQL operation.'),
        sendsPerMinute: positiveInt.default(120).describe('Messages one caller (visitor, agent or API key) may send per minute; also the mutations one WebSocket connection may run per minute. Counted across all workers and machines, like every rate below.'),
        conversationsPerMinute: positiveInt.default(10).describe('New conversations one visitor may start per minute (with or without a first message); getting back the open one is not counted.'),
        visitorSessionsPerMinute: positiveInt.default(120).describe('startVisitorSession calls per minute from one client address.'),
        workspacesPerHour: positiveInt.default(20).describe('Workspaces one client address may create per hour.'),
        createsPerMinute: positiveInt.default(60).describe('Other creating mutations one caller may run per minute (createAgent, createApiKey, createDepartment, saveBotIntent, saveCannedReply, saveKnowledgeEntry, importKnowledgeEntries, tagConversation, rateConversation, trainBot, createTicket, sendTranscript).'),
        operationsPerMinute: positiveInt.default(1200).describe('GraphQL operations (queries, mutations, subscriptions started) one caller may run per minute, on HTTP and WebSocket together; before sign-in, per client address. Counted before the operation runs, on top of the limits of particular mutations.'),
        visitorTranscriptsPerHour: positiveInt.default(100).describe('Transcripts visitors of one workspace may have emailed per hour, together (sendTranscript by a visitor). A visitor names the address, so this bounds how much mail strangers can make the server send; staff are not counted here.'),
        typingPerMinute: positiveInt.default(60).describe('setTyping calls one caller may make per minute.'),
        signInsPerMinutePerIp: positiveInt.default(20).describe('Sign-in attempts per minute from one client address.'),
        signInFailuresPerAccount: positiveInt.default(5).describe('Failed sign-ins in a row (within an hour) after which an account is locked; a successful sign-in resets the count.'),
        signInLockSeconds: positiveInt.default(60).describe('Length of the first sign-in lock of an account; each further lock within a day lasts twice as long, up to an hour.'),
        wsMaxOperations: positiveInt.default(100).describe('Most operations (subscriptions, queries, mutations) one WebSocket may run at once; another is answered with TOO_MANY_OPERATIONS until one ends.'),
        wsConnectionsPerAddress: z.number().int().min(0).default(1000).describe('Most WebSockets one client address may hold open in each server process; another is refused with HTTP 429 before the handshake. Per process because what it protects is each process\'s file descriptors (about 19,900 here): one address cannot take them from everyone else. 0 turns it off.'),
        connectionsPerAddress: z.number().int().min(0).default(2000).describe('Most TCP connections (HTTP requests and WebSockets together) one peer address may hold open in each server process; the next is answered 429 and closed before any of it is read. It protects each process\'s file descriptors from slow or idle connections, which Node keeps up to 60 s while it waits for headers. It counts the socket\'s own address, so it is off while http.trustProxy > 0 (every client then arrives from the proxy: limit connections there). At least wsConnectionsPerAddress, unless one of them is 0. 0 turns it off.'),
        wsMaxBufferedBytes: positiveInt.default(1024 * 1024).describe('Unsent bytes a slow WebSocket may queue before it is closed.'),
        wsMaxPayloadBytes: z.number().int().min(0).default(0).describe('Largest WebSocket frame accepted from a client; a larger one closes that socket with 1009. 0 derives it from messageMaxBytes (6 × the message limit + 64 KB).'),
      })
      .strict()
      .refine((limits) => limits.connectionsPerAddress === 0 || limits.wsConnectionsPerAddress === 0 || limits.connectionsPerAddress >= limits.wsConnectionsPerAddress, {
        message: 'must be at least limits.wsConnectionsPerAddress (WebSockets are connections too), or 0 to turn it off',
        path: ['connectionsPerAddress'],
      })
      .default({}),
    realtime: z
      .object({
        keepAliveMs: positiveInt.default(30_000).describe('Interval of server pings on idle WebSockets.'),
        connectionInitTimeoutMs: positiveInt.default(3_000).describe('Time a new WebSocket has to send connection_init.'),
        replayLimit: positiveInt.default(300).describe('Most missed events replayed on resume before RESYNC_REQUIRED.'),
        publishRetries: z.number().int().min(0).default(5).describe('Retries of a failed publish before it is counted as lost (subscribers still resume from storage).'),
      })
      .strict()
      .default({}),
    routing: z
      .object({
        sweepIntervalMs: positiveInt.default(5_000).describe('How often each process sweeps for queue timeouts, unanswered conversations to reassign and expired presence (each action is a conditional update only one process wins).'),
        defaultHandleSeconds: positiveInt.default(300).describe('Assumed time an agent spends on a conversation, for queue ETAs until resolved conversations give a measured average.'),
      })
      .strict()
      .default({}),
    email: z
      .object({
        smtpUrl: z
          .string()
          .default('')
          .refine((url) => url === '' || /^smtps?:\/\/[^/\s]+/.test(url), { message: 'must be empty (email off) or smtp://[user:password@]host:port (smtps:// for implicit TLS)' })
          .describe('SMTP server for email notifications and transcripts: smtp://[user:password@]host:587 (STARTTLS when offered) or smtps://…:465; empty turns email off.'),
        from: z.string().default('Kefu <kefu@localhost>').describe('Sender of every email, e.g. "Support <support@example.com>".'),
        notifyAddress: z.string().email().or(z.literal('')).default('').describe('Where left messages and waiting-visitor notices go; empty sends them to every active agent of the workspace.'),
        maxAttempts: z.number().int().min(1).max(20).default(5).describe('Tries per email before it is logged as lost; sending never blocks or fails a message.'),
        retryDelayMs: positiveInt.default(2_000).describe('Wait before the second try; it doubles with each further try.'),
      })
      .strict()
      .default({}),
    webhooks: z
      .object({
        isDispatcherEnabled: z.boolean().default(true).describe('Whether this process delivers webhooks. Every process may: each outbox row is claimed by one process at a time (a lease).'),
        pollIntervalMs: positiveInt.default(1_000).describe('How often each process looks for webhook events to fan out and deliveries that are due.'),
        timeoutMs: positiveInt.default(10_000).describe('How long a receiver may take to answer one POST; slower counts as a failed attempt.'),
        leaseMs: positiveInt.default(60_000).describe('How long a claimed delivery belongs to its process; after that (the process died) another one retries it. Must exceed timeoutMs.'),
        maxAttempts: positiveInt.default(10).describe('Attempts per delivery before it is marked FAILED (replay it from the delivery log).'),
        retryBaseMs: positiveInt.default(30_000).describe('Delay before the first retry; each next one doubles, with random jitter of up to half.'),
        retryMaxMs: positiveInt.default(3_600_000).describe('Longest delay between two attempts.'),
        allowPrivateNetworks: z.boolean().default(false).describe('Deliver webhooks to loopback, private and link-local addresses. Off, a workspace admin cannot make the server call services on its own network (such as cloud metadata at 169.254.169.254); turn it on when your receivers run on your network.'),
        disableAfterFailures: positiveInt.default(20).describe('Consecutive failed attempts after which an endpoint is disabled, with a notice admins see (WebhookEndpoint.disabledReason).'),
      })
      .strict()
      .refine((value) => value.leaseMs > value.timeoutMs, { message: 'leaseMs must exceed timeoutMs, or a slow receiver could get one delivery from two processes', path: ['leaseMs'] })
      .default({}),
    workspaceEvents: z
      .object({
        retentionDays: positiveInt.default(30).describe('Workspace events (the workspaceEvents stream) and finished webhook deliveries older than this are deleted, once every enabled webhook endpoint has fanned them out. A bot resuming from an older cursor gets CURSOR_EXPIRED.'),
        pruneIntervalMs: positiveInt.default(3_600_000).describe('How often each process deletes expired workspace events and webhook deliveries.'),
      })
      .strict()
      .default({}),
    presence: z
      .object({
        heartbeatIntervalMs: positiveInt.default(10_000).describe('How often a process refreshes the heartbeat of its agents’ WebSocket connections.'),
        staleAfterMs: positiveInt.default(45_000).describe('A connection whose heartbeat is older than this counts as gone (its process died).'),
        graceMs: positiveInt.default(30_000).describe('An agent stays online this long after their last connection closed (page reloads, brief network loss).'),
      })
      .strict()
      .default({}),
    bot: z
      .object({
        enabled: z.boolean().default(true).describe('Let the bot answer visitors first; off routes every new conversation to agents at once.'),
        modelCacheDir: z.string().default('').describe('Where the model trained on the shipped intents is cached; empty means <dataDir>/bot.'),
        minIntentConfidence: z.number().min(0).max(1).default(0.5).describe('Lowest intent probability at which the intent routes the message to its linked entries or enabled answer.'),
        minIntentMargin: z.number().min(0).max(1).default(0.1).describe('Lowest gap between the top two intents at which the intent routes the message.'),
        knowledgeAnswerThreshold: z.number().min(0).max(1).default(0.2).describe('Lowest match score (0–1) at which the best knowledge entry answers directly.'),
        knowledgeAnswerMargin: z.number().min(0).max(1).default(0.2).describe('Lowest gap between the best and second-best entry at which the best answers directly (closer ones are offered as suggestions).'),
        knowledgeOverrideThreshold: z.number().min(0).max(1).default(0.9).describe('Match score at which an entry answers even when it is barely ahead of the next one (the same question).'),
        suggestionThreshold: z.number().min(0).max(1).default(0.08).describe('Lowest match score offered as a "did you mean" suggestion.'),
        maxSuggestions: z.number().int().min(1).max(10).default(3).describe('Most "did you mean" suggestions in one reply.'),
        fallbacksBeforeHandoff: z.number().int().min(1).max(10).default(2).describe('Fallback replies in a row after which the visitor goes to a person.'),
        answerLanguage: z.enum(['auto', 'zh', 'en']).default('auto').describe('Language of bot replies: auto follows the conversation; zh or en always answers in that language.'),
      })
      .strict()
      .default({}),
    plugins: z
      .object({
        enabled: z.boolean().default(true).describe('Load Lua and JavaScript/TypeScript plugins from plugins.dir (each workspace then enables the ones it wants).'),
        dir: z.string().default('').describe('Folder of plugins, one sub-folder each (plugin.lua, plugin.ts, plugin.js or plugin.mjs); empty means <dataDir>/plugins. Every process watches it and swaps in changed plugins.'),
        hookTimeoutMs: positiveInt.default(50).describe('Time budget of one hook call; a hook still running then is stopped and counted, and the message goes on as if the plugin had no opinion.'),
        luaMemoryMb: positiveInt.default(32).describe('Most memory one Lua plugin may allocate; an allocation beyond it fails that hook call.'),
        httpAllowedHosts: z.array(z.string()).default([]).describe('Hosts plugins may send HTTP requests to with ctx.http (exact host names, or *.example.com); empty allows none.'),
      })
      .strict()
      .default({}),
    attachments: z
      .object({
        maxBytes: positiveInt.default(10 * 1024 * 1024).describe('Largest uploaded file; a larger one is refused with ATTACHMENT_TOO_LARGE (the multipart request may be this plus 64 KB).'),
        allowedTypes: z
          .array(z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be MIME types such as image/png'))
          .default(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
          .describe('MIME types an upload may have, as sniffed from its bytes (the name and the type the browser sends are not trusted).'),
        maxPerMessage: z.number().int().min(1).max(20).default(10).describe('Most attachments one message may carry.'),
        storage: z.enum(['local', 's3']).default('local').describe('local: files under attachments.dir; s3: an S3-compatible bucket (attachments.s3.*).'),
        dir: z.string().default('').describe('Folder of uploaded files with local storage; empty means <dataDir>/attachments.'),
        s3: z
          .object({
            endpoint: z.string().default('').refine((url) => url === '' || /^https?:\/\//.test(url), { message: 'must be empty (AWS S3 in s3.region) or an http(s):// URL' }).describe('S3-compatible endpoint (MinIO, R2, …); empty means AWS S3 in attachments.s3.region.'),
            region: z.string().default('us-east-1').describe('Region used to sign requests.'),
            bucket: z.string().default('').describe('Bucket that holds the files (it must exist).'),
            accessKeyId: z.string().default('').describe('Access key id.'),
            secretAccessKey: z.string().default('').describe('Secret access key.'),
            forcePathStyle: z.boolean().default(true).describe('Address the bucket as <endpoint>/<bucket>/key (MinIO and most self-hosted servers) instead of <bucket>.<endpoint>/key.'),
          })
          .strict()
          .default({}),
        urlTtlSeconds: positiveInt.default(3600).describe('Lifetime of a signed download URL; clients get fresh ones with every query or event.'),
        orphanTtlSeconds: positiveInt.default(24 * 3600).describe('Uploads no message carries are deleted after this long.'),
      })
      .strict()
      .refine((a) => a.storage !== 's3' || (a.s3.bucket !== '' && a.s3.accessKeyId !== '' && a.s3.secretAccessKey !== ''), {
        message: 'storage s3 needs attachments.s3.bucket, accessKeyId and secretAccessKey',
        path: ['s3'],
      })
      .default({}),
    tracing: z
      .object({
        enabled: z.boolean().default(false).describe('Export OpenTelemetry traces: a span per GraphQL operation, with the message path (store, publish, deliver) inside it.'),
        otlpEndpoint: z.string().url().default('http://127.0.0.1:4318/v1/traces').describe('OTLP/HTTP (JSON) traces endpoint of a collector, Jaeger or Tempo.'),
        serviceName: z.string().default('kefu').describe('service.name of the exported spans.'),
        sampleRatio: z.number().min(0).max(1).default(1).describe('Share of new traces recorded (a trace started by a caller keeps its caller’s decision).'),
        exportDelayMs: positiveInt.default(5_000).describe('Longest time finished spans wait before they are exported in a batch.'),
      })
      .strict()
      .default({}),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Lowest log level written.'),
        format: z.enum(['auto', 'json', 'pretty']).default('auto').describe('json: one JSON object a line (for log collectors); pretty: coloured text for people; auto: pretty when stdout is a terminal, json otherwise.'),
        access: z.boolean().default(true).describe('Log one line per HTTP request (method, path, status, duration, request id).'),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

/** Every problem found, one line each; `message` joins them. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('\n'));
    this.problems = list;
  }
}

/**
 * The largest legal GraphQL request for these limits: a message at the limit whose every byte is
 * JSON-escaped as `\u00XX` (6 bytes each) plus 64 KB for the query text, the other variables and
 * the envelope. The HTTP body and WebSocket frame limits default to it, so a message just over
 * its limit still arrives whole and is answered with MESSAGE_TOO_LARGE instead of a cut connection.
 */
export function largestRequestBytes(limits: Pick<Config['limits'], 'messageMaxBytes'>): number {
  return limits.messageMaxBytes * 6 + 64 * 1024;
}

function resolveDerivedLimits(config: Config): Config {
  const derived = largestRequestBytes(config.limits);
  if (config.http.maxBodyBytes === 0) config.http.maxBodyBytes = derived;
  if (config.limits.wsMaxPayloadBytes === 0) config.limits.wsMaxPayloadBytes = derived;
  return config;
}

/** Leaf paths of the schema, e.g. "http.port", for env mapping and suggestions. */
export function listConfigKeys(schema: z.ZodTypeAny = configSchema, prefix = ''): string[] {
  const shape = unwrap(schema);
  if (!(shape instanceof z.ZodObject)) return [prefix];
  return Object.entries(shape.shape as Record<string, z.ZodTypeAny>).flatMap(([key, value]) =>
    listConfigKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodEffects) {
    s = s instanceof z.ZodEffects ? s.innerType() : s._def.innerType;
  }
  return s;
}

export function envNameOf(key: string): string {
  return 'KEFU_' + key.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

const conventionalEnv: Record<string, string> = { PORT: 'http.port', DATABASE_URL: 'database.url', REDIS_URL: 'redis.url' };

function isStringKey(key: string): boolean {
  let schema: z.ZodTypeAny = configSchema;
  for (const part of key.split('.')) schema = (unwrap(schema) as z.ZodObject<z.ZodRawShape>).shape[part]!;
  return unwrap(schema) instanceof z.ZodString || unwrap(schema) instanceof z.ZodEnum;
}

function parseEnvValue(raw: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(raw) || raw === 'true' || raw === 'false' || /^[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new ConfigError(`cannot parse ${JSON.stringify(raw)} as JSON`);
    }
  }
  return raw;
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = typeof node[part] === 'object' && node[part] !== null ? node[part] : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function closest(name: string, candidates: string[]): string {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  return candidates.reduce((best, c) => (distance(name, c) < distance(name, best) ? c : best));
}

/** The settings the environment names, and a line for each variable that names none or cannot be parsed. */
function overridesFromEnv(env: NodeJS.ProcessEnv): { values: Record<string, unknown>; problems: string[] } {
  const keys = listConfigKeys();
  const byEnvName = new Map(keys.map((k) => [envNameOf(k), k]));
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(env)) {
    if (raw === undefined) continue;
    const key = conventionalEnv[name] ?? (name.startsWith('KEFU_') ? byEnvName.get(name) : undefined);
    if (name.startsWith('KEFU_') && !key) {
      problems.push(`${name} is not a Kefu setting; did you mean ${closest(name, [...byEnvName.keys()])}?`);
      continue;
    }
    if (!key) continue;
    try {
      setPath(out, key, isStringKey(key) ? raw : parseEnvValue(raw));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { values: out, problems };
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export interface LoadConfigOptions {
  file?: string;
  env?: NodeJS.ProcessEnv;
  overrides?: Record<string, unknown>;
}

/** Builds the frozen Config, or throws a ConfigError that names every key with a problem and what is wrong. */
export function loadConfig({ file, env = {}, overrides = {} }: LoadConfigOptions = {}): Config {
  let fromFile: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`config file ${file} cannot be read; check the --config path`);
    }
    try {
      fromFile = (parseYaml(text) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      throw new ConfigError(`config file ${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const fromEnv = overridesFromEnv(env);
  const configured = merge(fromFile, fromEnv.values);
  const parsed = configSchema.safeParse(merge(configured, overrides));
  // A flag (--port) wins over the file and the environment, but a bad value it hides is still
  // reported: `config check`, which takes no flags, refuses it, and start checks what it checks.
  const hidden = Object.keys(overrides).length > 0 ? configSchema.safeParse(configured) : parsed;
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...(hidden.success || hidden === parsed ? [] : hidden.error.issues)];
  const problems = [...new Set([...fromEnv.problems, ...issues.map(describeIssue)])];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(resolveDerivedLimits(parsed.data));
}

function describeIssue(issue: z.ZodIssue): string {
  const key = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const prefix = key ? `${key}.` : '';
    return issue.keys.map((name) => `${prefix}${name} is not a Kefu setting; did you mean ${closest(`${prefix}${name}`, listConfigKeys())}?`).join('\n');
  }
  return `${key || 'config'}: ${issue.message}`;
}
