// A small table of shop vocabulary that visitors and FAQ writers word differently. Each group
// maps to one canonical term, written into the text before it is tokenised for matching, so
// "delivery" finds an entry about "shipping" and 配送 finds one about 快递. Chinese groups match
// substrings of the Simplified text; English groups match whole words after stemming
// (single words) or the lower-cased text (phrases).

/** Chinese: canonical term → variants (longest variants are replaced first). */
export const CHINESE_SYNONYMS: Record<string, string[]> = {
  快递: ['物流', '配送', '运送', '送货', '寄送', '邮寄', '派送', '发货', '寄出', '发出'],
  快递费: ['运费', '邮费', '配送费', '快递费用', '运输费'],
  退款: ['退钱', '退费', '返款', '钱退回', '把钱退', '退回款'],
  退货: ['退回商品', '退掉', '寄回'],
  价格: ['多少钱', '价钱', '费用', '收费', '价位'],
  多久: ['多长时间', '几天', '多少天', '什么时候', '啥时候', '何时', '要多久'],
  包裹: ['快件', '包装盒'],
  联系: ['联络', '找到你们', '电话', '热线'],
  营业: ['开门', '上班', '营业时间', '几点开'],
  优惠: ['折扣', '打折', '优惠券', '券', '促销', '活动'],
  发票: ['开票', '收据', '票据'],
  取消: ['撤销', '不要了', '撤回'],
  预约: ['预订', '订位', '预定'],
  尺码: ['尺寸', '大小', '码数'],
  支付: ['付款', '付钱', '结账', '买单'],
  会员: ['积分', 'vip'],
  保修: ['质保', '维修', '保固'],
  海外: ['国外', '国际', '境外', '出国'],
  查询: ['查', '追踪', '跟踪'],
  门店: ['实体店', '店面', '店铺地址', '线下店'],
};

/** English stems (after the Porter stemmer) → canonical stem. */
export const ENGLISH_WORD_SYNONYMS: Record<string, string> = {
  deliveri: 'ship', post: 'ship', postag: 'ship', mail: 'ship', dispatch: 'ship', shipment: 'ship', send: 'ship', arriv: 'ship', courier: 'ship',
  reimburs: 'refund', repay: 'refund', chargeback: 'refund',
  parcel: 'packag', box: 'packag',
  price: 'cost', fee: 'cost', charg: 'cost', expens: 'cost',
  trace: 'track',
  abroad: 'intern', oversea: 'intern', internation: 'intern', foreign: 'intern', worldwid: 'intern',
  coupon: 'discount', promo: 'discount', voucher: 'discount', sale: 'discount', deal: 'discount',
  reciept: 'receipt', invoic: 'receipt',
  book: 'reserv', appoint: 'reserv',
  fit: 'size',
  guarante: 'warranti', repair: 'warranti',
  exchang: 'exchang', swap: 'exchang',
  phone: 'contact', call: 'contact', email: 'contact', reach: 'contact',
  shop: 'store', outlet: 'store', branch: 'store',
  quick: 'fast', soon: 'fast',
};

/** English phrases (lower case) → replacement words, applied before stemming. */
export const ENGLISH_PHRASES: [RegExp, string][] = [
  [/\bmoney back\b/g, 'refund'],
  [/\bget (?:my|the) money\b/g, 'refund'],
  [/\bsend (?:it|them|this|the \w+) back\b/g, 'return'],
  [/\bgive (?:it|them) back\b/g, 'return'],
  [/\bhow much\b/g, 'cost'],
  [/\bhow long\b/g, 'long'],
  [/\bwhen will\b/g, 'long'],
  [/\bget in touch\b/g, 'contact'],
  [/\bphone number\b/g, 'contact'],
  [/\bsign up\b/g, 'regist'],
  [/\blog ?in\b/g, 'account'],
  [/\bpay(?:ing)? for\b/g, 'payment'],
];
