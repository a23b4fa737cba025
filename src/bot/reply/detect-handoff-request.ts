// Does the visitor ask for a person? Not a bare substring: look-alike words (人工智能, 转接头),
// questions about who is answering ("你是真人吗", "are you a real person or a bot?") and
// negated requests ("不用转人工", "no need for an agent") do not hand off.

const LOOK_ALIKES = /人工智能|人工费|人工成本|转接头|转接线|转接器|转接口|agent(?:s)? (?:fee|commission)|ai agent|travel agent|user agent|human(?:e|ity|s rights)/gi;
const IDENTITY_QUESTION =
  /(你|您)是(不是)?(真人|人工|机器人|ai|机器|人)(吗|嘛|么|还是|？|\?|$)|是(真人|机器人)(吗|还是)|are you (?:a |an )?(?:real |actual )?(?:person|human|bot|robot|ai|machine)\b|is this (?:a |an )?(?:real |actual )?(?:person|human|bot|robot)\b|am i (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot)/gi;
const NEGATED_REQUEST =
  /(不用|不要|别|无需|不需要|不必|没必要|用不着)(帮我|给我|再)?(转|找|接)?(人工|真人|客服)|(?:don'?t|do not|no need to|without|never)\s+(?:\w+\s+){0,3}?(?:transfer|connect|talk|speak|human|agent|person)|no (?:human|agent|person)/gi;
const REQUEST =
  /转人工|人工客服|人工服务|找人工|要人工|接人工|转接人工|真人客服|人工坐席|客服人员|转客服|找客服|客服(?:在吗|在嘛|在么|在不在|在不|有人吗)|有(?:没有)?(?:活)?人(?:在)?(?:吗|嘛|么)|有没有(?:活人|真人|人工|客服)|有真人吗|^\s*(人工|真人|客服)\s*[。！!？?]*\s*$|(?:talk|speak|chat)\s+(?:to|with)\s+(?:a |an |some |your )?(?:real |live |actual )?(?:human|person|agent|someone|representative|rep|staff)\b|(?:real|live) (?:person|human|agent)\b|\b(?:is|are)\s+(?:there\s+)?(?:any(?:one|body)|some(?:one|body))\s+(?:there|here|around|available)\b|^\s*(?:any(?:one|body)|some(?:one|body))\s+(?:there|here|around|available)\s*[?？!.]*\s*$|\bis there (?:a |an |any )?(?:human|person|agent|anyone|anybody|someone|somebody)\b|human agent|customer service (?:agent|rep)|transfer me|connect me (?:to|with)|^\s*(?:an? )?(?:agent|human|operator|representative)\s*(?:please|pls)?\s*[.!?]*\s*$/i;

/** The text without the parts that only look like a request for a person. */
export function stripHandoffLookAlikes(text: string): string {
  return text.normalize('NFKC').replace(LOOK_ALIKES, ' ').replace(IDENTITY_QUESTION, ' ').replace(NEGATED_REQUEST, ' ');
}

export function isHandoffRequest(text: string): boolean {
  return REQUEST.test(stripHandoffLookAlikes(text));
}

/** True when the text mentions people only as look-alikes, identity questions or negations. */
export function hasHandoffLookAlike(text: string): boolean {
  return stripHandoffLookAlikes(text) !== text.normalize('NFKC');
}
