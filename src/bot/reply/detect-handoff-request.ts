// Does the visitor ask for a person? Not a bare substring: look-alike words (人工智能, 转接头),
// questions about who is answering ("你是真人吗", "are you a real person or a bot?") and
// negated requests ("不用转人工", "no need for an agent") do not hand off.
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';

// Questions about when people answer ("人工客服几点上班？", "客服工作时间") are for the hours entry.
const LOOK_ALIKES = /(?:人工|真人|在线)?(?:客服|人工)(?:服务)?的?(?:几点|什么时候|啥时候)(?:上班|下班|在线|开始|有人|有|在)?|(?:人工|真人|在线)?(?:客服|人工)(?:服务)?的?(?:工作|上班|服务|在线)时间|人工智能|人工费|人工成本|转接头|转接线|转接器|转接口|agent(?:s)? (?:fee|commission)|ai agent|travel agent|user agent|human(?:e|ity|s rights)/gi;
const IDENTITY_QUESTION =
  /(你|您)是(不是)?(真人|人工|机器人|ai|机器|人)(吗|嘛|么|还是|？|\?|$)|是(真人|机器人)(吗|还是)|are you (?:a |an )?(?:real |actual )?(?:person|human|bot|robot|ai|machine)\b|is this (?:a |an )?(?:real |actual )?(?:person|human|bot|robot)\b|am i (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot)/gi;
const NEGATED_REQUEST =
  /(不用|不要|别|无需|不需要|不必|没必要|用不着|不想)(帮我|给我|再)?(转接|转|找|接|跟|和|联系|接通)?(一下)?(人工|真人|客服)|(?:don'?t|do not|no need to|without|never)\s+(?:(?:want|need|wish|have|like|wanna|gotta)\s+(?:to\s+)?(?:be\s+)?(?:a\s+|an\s+|any\s+|the\s+)?)?(?:transfer|connect|contact|escalate|talk|speak|human|agent|person)|no (?:human|agent|person)/gi;
// Run on prepared text (below): whitespace runs are one space and the ends trimmed, so no two
// optional spaces sit side by side in a pattern (a chain of \s* backtracks in cubic time on a
// long run of spaces: 16 KB of them held a worker for minutes).
const REQUEST = new RegExp(
  [
    '转人工|人工客服|人工服务|找人工|要人工|接人工|转接人工|真人客服|人工坐席|客服人员|转客服|找客服',
    // "请帮我转接客服", "麻烦转一下人工", "找个真人", "我要跟客服说话", "叫个人来".
    '转接(?:一下)?(?:人工|真人|客服)|转一下(?:人工|真人|客服)|(?:找|要|叫)(?:一?个)(?:真人|活人|人工|客服)(?!电话|热线|邮箱|微信)',
    '(?:要|想|让我|需要)(?:跟|和|与|同)(?:你们|贵司)?的?(?:人工|真人|客服)(?:说话|说|聊|谈|沟通|对话|通话)',
    '叫(?:一?个)?人(?:来|过来)(?:吧|啊|呀)? ?[。！!？?]*$',
    '客服(?:在吗|在嘛|在么|在不在|在不|有人吗)',
    // "有人吗" standing alone, not the end of 所有人/持有人/没有人.
    '(?:^|[，,。.！!？?、；; ]|请问|那|你好|您好|喂)(?:有没有|有)(?:活|真)?人在?(?:吗|嘛|么)? ?(?:[。！!？?]|$)',
    '有没有(?:活人|真人|人工|客服)在?(?:吗|呀|啊)? ?(?:[。！!？?]|$)',
    '有真人吗',
    // "联系人工", "你们客服呢", "人工呢？", "找真人", "接通人工", "联系客服" alone; not "客服电话是多少".
    '(?:联系|接通)(?:一下)?(?:人工|真人)(?!(?:客服)?(?:电话|热线|邮箱|微信|的))',
    '(?:找|要)(?:你们|贵司)?的?真人(?!电话|热线|邮箱|微信|的)',
    '找(?:你们|贵司)的?(?:人工|客服)(?!电话|热线|邮箱|微信|的)',
    '(?:^|[，,。.！!？?、；; ]|那|请问)(?:你们|贵司)?的?(?:客服|人工|真人)(?:呢|人呢|哪去了|去哪了|去哪儿了) ?[。！!？?]*$',
    '^(?:我要|我想|请|麻烦|帮我)?(?:联系|接通)(?:一下)?(?:你们|贵司)?的?客服 ?[。！!？?]*$',
    '^(?:人工|真人|客服) ?(?:pls|plz|please|谢谢|快点)? ?[。！!？?]*$',
    // "机器人听不懂，换个人来", "叫你们客服出来", "找你们经理".
    '换(?:一?个)(?:真人|人工|客服|人)(?:来|过来|吧)? ?[。！!？?]*$|换(?:真人|人工)',
    '叫(?:你们|贵司)?的?(?:客服|人工|真人|经理|主管|负责人)(?:出来|来|过来)',
    '(?:找|要见|叫)(?:你们|贵司)的?(?:经理|主管|负责人|领导)',
    '(?:talk|speak|chat) (?:to|with) (?:a |an |some |your )?(?:real |live |actual )?(?:human|person|agent|someone|representative|rep|staff)\\b',
    '(?:real|live) (?:person|human|agent)\\b',
    // "Is anyone there?" as the end of the message, not "is anyone available to deliver on Sunday?".
    '\\b(?:is|are) (?:there )?(?:any(?:one|body)|some(?:one|body)) (?:there|here|around|available)(?: to (?:talk|chat|speak|help)(?: (?:to|with) me| me)?)? ?[?？!.]*$',
    '^(?:(?:hello|hi|hey)[,，!?？.]* )?(?:any(?:one|body)|some(?:one|body)) (?:there|here|around|available) ?[?？!.]*$',
    '\\bis there (?:a |an |any )?(?:real )?(?:human|person|agent|any(?:one|body)|some(?:one|body))(?: (?:i can|to) (?:talk|speak|chat) (?:to|with))? ?[?？!.]*$',
    'human agent|customer service (?:agent|rep)|transfer me|connect me (?:to|with)',
    // "I need a human", "transfer to agent", "escalate to a human", "talk to customer support", "speak to a manager".
    '\\bi (?:need|want) (?:a |an )?(?:real |live )?(?:human|agent|operator|representative)(?: (?:please|pls|now))? ?[.!?]*$',
    '(?:transfer|escalate)(?: this| me| my (?:chat|case))? to (?:a |an |the )?(?:real |live )?(?:human|agent|person|representative|operator|support)\\b',
    '(?:talk|speak|chat) (?:to|with) (?:a |an |the |your )?(?:customer )?(?:support|service|manager|supervisor)\\b',
    '^(?:an? )?(?:agent|human|operator|representative)(?: (?:please|pls))? ?[.!?]*$',
    '\\bcontact (?:a |an )?(?:real |live )?(?:human|person|agent|representative)\\b',
  ].join('|'),
  'i',
);
/** Of a longer text the rules read its first and last half of this many characters: a request for a person is short, and comes first or last. */
const MAX_RULE_CHARS = 2_000;

/** What the rules read: NFKC, Simplified Chinese, one space for each run of whitespace, trimmed. */
function prepare(text: string): string {
  const read = text.length > MAX_RULE_CHARS ? `${text.slice(0, MAX_RULE_CHARS / 2)} ${text.slice(-MAX_RULE_CHARS / 2)}` : text;
  return toSimplifiedChinese(read.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** The text without the parts that only look like a request for a person. */
function stripLookAlikes(prepared: string): string {
  return prepared.replace(LOOK_ALIKES, ' ').replace(IDENTITY_QUESTION, ' ').replace(NEGATED_REQUEST, ' ');
}

export function isHandoffRequest(text: string): boolean {
  return REQUEST.test(stripLookAlikes(prepare(text)).replace(/ {2,}/g, ' ').trim());
}

/** True when the text mentions people only as look-alikes, identity questions or negations. */
export function hasHandoffLookAlike(text: string): boolean {
  const prepared = prepare(text);
  return stripLookAlikes(prepared) !== prepared;
}
