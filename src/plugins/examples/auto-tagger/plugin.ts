// Auto-tagger: tags a conversation by keywords in what the visitor writes. The rules are a
// workspace setting, "tag=keyword,keyword,…". The types come from Kefu's plugin API; the
// type-only import is erased when the plugin is loaded, so the file runs wherever it is copied.
import type { PluginDefinition } from '../../plugin-api.ts';

function parseRules(rules: string[]): { tag: string; keywords: string[] }[] {
  return rules.flatMap((rule) => {
    const [tag, words] = rule.split('=');
    const keywords = (words ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
    return tag?.trim() && keywords.length > 0 ? [{ tag: tag.trim(), keywords }] : [];
  });
}

const plugin: PluginDefinition = {
  name: 'auto-tagger',
  version: '1.0.0',
  description: 'Tags conversations by keywords in visitor messages',
  order: 200,
  settings: {
    rules: {
      type: 'list',
      default: ['refund=refund,money back,退款,退货', 'billing=invoice,bill,charged,发票,账单', 'bug=error,bug,crash,broken,报错,崩溃', 'shipping=delivery,shipping,package,物流,快递'],
      description: 'tag=keyword,keyword,… (case-insensitive, anywhere in the message)',
    },
  },
  hooks: {
    beforeStore(message, ctx) {
      if (message.authorType !== 'VISITOR') return null;
      const text = message.body.toLowerCase();
      const tags = parseRules(ctx.settings.rules as string[])
        .filter((rule) => rule.keywords.some((keyword) => text.includes(keyword)))
        .map((rule) => rule.tag);
      return tags.length > 0 ? { tags } : null;
    },
  },
};

export default plugin;
