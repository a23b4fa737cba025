// A small table of shop vocabulary that visitors and FAQ writers word differently. Each group
// maps to one canonical term, written into the text before it is tokenised for matching, so
// "delivery" finds an entry about "shipping" and 配送 finds one about 快递. Chinese groups match
// substrings of the Simplified text; English groups match whole words after stemming
// (single words) or the lower-cased text (phrases).

/** Chinese: canonical term → variants (longest variants are replaced first). */
export const CHINESE_SYNONYMS: Record<string, string[]> = {
  快递: ['物流', '配送', '运送', '送货', '寄送', '邮寄', '派送', '发货', '寄出', '发出', '到货', '顺丰', '圆通', '中通', '申通', '韵达', '邮政', 'ems'],
  快递费: ['运费', '邮费', '配送费', '快递费用', '运输费'],
  退款: ['退钱', '退费', '返款', '钱退回', '把钱退', '退回款', '返还'],
  退货: ['退回商品', '退掉', '寄回', '七天无理由', '7天无理由', '无理由退'],
  价格: ['多少钱', '价钱', '费用', '收费', '价位', '几块钱', '报价', '收费标准'],
  多久: ['多长时间', '几天', '多少天', '什么时候', '啥时候', '何时', '要多久'],
  包裹: ['快件', '包装盒'],
  联系: ['联络', '找到你们', '电话', '热线'],
  营业: ['开门', '上班', '营业时间', '几点开', '几点关', '关门', '下班'],
  优惠: ['折扣', '打折', '优惠券', '券', '促销', '活动', '满减', '优惠码', '折扣码', '红包'],
  发票: ['开票', '收据', '票据', '专票', '普票', '报销凭证'],
  取消: ['撤销', '不要了', '撤回', '作废'],
  预约: ['预订', '订位', '预定'],
  尺码: ['尺寸', '大小', '码数'],
  支付: ['付款', '付钱', '结账', '买单', '刷卡', '转账'],
  会员: ['积分', 'vip'],
  保修: ['质保', '维修', '保固'],
  海外: ['国外', '国际', '境外', '出国'],
  查询: ['查', '追踪', '跟踪'],
  门店: ['实体店', '店面', '店铺地址', '线下店'],
  // General customer-service vocabulary any shop, clinic or software company meets.
  单号: ['快递单号', '运单号', '物流单号', '运单'],
  质量问题: ['坏了', '损坏', '破损', '有瑕疵', '瑕疵', '次品', '质量不好', '破了'],
  库存: ['有货', '现货', '缺货', '补货', '断货', '没货', '售罄'],
  账号: ['账户', '帐号', '帐户', '用户名'],
  登录: ['登陆', '登入', '登不上'],
  密码: ['口令'],
  删除: ['注销', '删掉', '销户'],
  改约: ['改时间', '改期', '换时间', '推迟', '延期'],
  换货: ['调换', '更换', '换一个', '换个'],
  地址: ['位置', '地点', '怎么走', '在哪儿'],
  礼物: ['礼品', '送人'],
  续费: ['续订', '自动续费', '自动扣费', '扣费'],
  应用: ['客户端', '手机版', '手机端'],
  验证码: ['动态码', '校验码', '短信码'],
  成员: ['同事', '员工', '团队成员', '子账号'],
  投诉: ['差评', '不满意', '反馈'],
  分期: ['花呗', '白条'],
  签收: ['收货', '收到货'],
  包邮: ['免邮', '免运费', '免邮费'],
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

/**
 * More English groups, written as plain words (canonical word → variants) and stemmed when
 * loaded: service vocabulary of shops, clinics and software that visitors word differently.
 */
export const ENGLISH_WORD_GROUPS: Record<string, string[]> = {
  appointment: ['slot', 'schedule', 'reservation', 'booking', 'visit'],
  plan: ['tier', 'edition', 'starter', 'pro', 'premium'],
  pay: ['payment', 'card', 'cash', 'paypal', 'alipay', 'checkout', 'visa', 'mastercard', 'amex', 'debit'],
  outage: ['down', 'crash', 'error', 'offline', 'unavailable', 'lag', 'slow', '502', '500', 'loading'],
  urgent: ['emergency', 'asap', 'immediately', 'killing', 'unbearable'],
  pain: ['hurt', 'ache', 'sore', 'painful', 'toothache'],
  child: ['kid', 'children', 'daughter', 'son', 'toddler', 'old'],
  pregnant: ['expecting', 'pregnancy', 'baby'],
  security: ['certification', 'compliance', 'gdpr', 'iso', 'encryption', 'encrypt', 'safe', 'server', 'servers', 'hosted'],
  export: ['download', 'backup'],
  import: ['upload', 'migrate', 'transfer', 'spreadsheet', 'excel', 'csv'],
  remind: ['reminder', 'overdue', 'late', 'chase', 'unpaid', 'nudge'],
  trial: ['try', 'demo', 'test'],
  upgrade: ['downgrade', 'switch', 'move'],
  seat: ['user', 'member', 'colleague', 'teammate', 'accountant', 'staff'],
  statement: ['bill', 'billing'],
  app: ['android', 'iphone', 'ios', 'mobile', 'tablet'],
  long: ['wait', 'days', 'until', 'eta'],
  clothes: ['dress', 'shirt', 'trousers', 'pants', 'garment', 'skirt', 'jacket'],
  brace: ['braces', 'aligner', 'invisalign', 'straighten', 'crooked', 'orthodontic'],
  tartar: ['scaling', 'plaque', 'cleaning'],
  hours: ['midnight', 'weekend', 'sunday', 'saturday', 'night'],
  missing: ['lost', 'gap'],
  // General customer-service vocabulary any shop, clinic or software company meets.
  ship: ['deliver', 'delivered', 'carrier', 'freight', 'transit', 'dhl', 'fedex', 'ups', 'usps', 'ems'],
  cancel: ['cancellation', 'terminate', 'undo', 'revoke', 'abort'],
  refund: ['reimbursement', 'refunded'],
  exchange: ['replace', 'replacement'],
  defect: ['damaged', 'broken', 'defective', 'faulty', 'torn', 'scratched', 'stain', 'stained'],
  stock: ['available', 'availability', 'restock', 'soldout', 'backorder'],
  account: ['profile', 'username', 'signin'],
  password: ['passcode', 'credentials'],
  contact: ['telephone', 'hotline', 'whatsapp'],
  address: ['directions', 'located', 'map'],
  discount: ['promotion', 'rebate', 'markdown'],
  free: ['complimentary', 'gratis'],
  delete: ['erase', 'deactivate'],
  receipt: ['fapiao'],
  gift: ['present', 'wrapping'],
  wash: ['laundry', 'launder', 'dryer', 'iron', 'ironing', 'dry'],
  size: ['measurements', 'sizing', 'tight', 'loose'],
  order: ['purchase', 'bought', 'buy'],
  integration: ['integrate', 'sync', 'plugin', 'connector'],
  cost: ['cheap', 'afford', 'affordable', 'budget'],
  subscription: ['renew', 'renewal', 'recurring', 'autorenew'],
  verification: ['authenticator', 'otp', 'mfa', 'totp'],
  complaint: ['complain', 'feedback', 'unhappy', 'dissatisfied', 'disappointed'],
  installment: ['instalment', 'financing', 'klarna', 'afterpay'],
  track: ['waybill'],
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
  [/\bcall(?:ed|ing)? off\b/g, 'cancel'],
  [/\bsign(?:ed|ing)? in\b/g, 'account'],
  [/\b(?:sold out|out of stock|in stock)\b/g, 'stock'],
  [/\b(?:opening|business|working|office) hours\b/g, 'hours'],
  [/\b(?:bank|wire) transfer\b/g, 'payment'],
  [/\bcash on delivery\b/g, 'cash payment'],
  [/\btoo (?:big|small|large|tight|loose|long|short)\b/g, 'size'],
  [/\bwhere(?:'s| is) my (?:order|package|parcel|shipment|delivery)\b/g, 'track order'],
  [/\btracking (?:number|code|link|id)\b/g, 'track'],
  [/\b(?:doesn'?t|does not|didn'?t|did not) fit\b/g, 'size'],
  [/\bchanged? my mind\b/g, 'cancel'],
  [/\bcustomer (?:service|support|care)\b/g, 'contact'],
  [/\bpick ?up in (?:store|person)\b/g, 'store'],
];

/**
 * English words visitors mix into Chinese messages ("有 parking 吗", "怎么 upgrade") → the Chinese
 * term a Chinese FAQ uses, after the Chinese groups above are folded. Both sides of the match get
 * the term's tokens, so a code-switched message meets the Chinese entry (and an English message
 * still meets the English one through the word's own stem). General service vocabulary of shops,
 * clinics and software, not any one workspace's FAQ.
 */
export const ENGLISH_TO_CHINESE: Record<string, string> = {
  // orders, shipping, returns
  order: '订单', ship: '快递', shipping: '快递', delivery: '快递', track: '查询', tracking: '查询', parcel: '包裹', package: '包裹',
  return: '退货', refund: '退款', exchange: '换货', cancel: '取消', cancellation: '取消', price: '价格', cost: '价格', pricing: '价格',
  fee: '价格', cheap: '便宜', expensive: '贵', free: '免费', discount: '优惠', coupon: '优惠', code: '码', stock: '库存',
  preorder: '预售', size: '尺码', fit: '尺码', color: '颜色', colour: '颜色', fabric: '面料', material: '材料', wash: '洗',
  gift: '礼物', wrap: '包装', store: '门店', shop: '门店', showroom: '门店', address: '地址', location: '地址',
  parking: '停车', park: '停车', hours: '营业', open: '营业', weekend: '周末', sunday: '周日', saturday: '周六', holiday: '假期',
  international: '海外', overseas: '海外', customs: '关税', tax: '税', member: '会员', membership: '会员', points: '积分',
  // payment and billing
  pay: '支付', payment: '支付', card: '卡', credit: '信用卡', alipay: '支付宝', wechat: '微信', cash: '现金', installment: '分期',
  invoice: '发票', receipt: '发票', bill: '账单', billing: '账单', statement: '账单', vat: '增值税', plan: '套餐', tier: '套餐',
  upgrade: '升级', downgrade: '降级', subscription: '订阅', subscribe: '订阅', unsubscribe: '取消订阅', renew: '续费', renewal: '续费',
  trial: '试用', seat: '席位', user: '用户', team: '团队', accountant: '会计', reminder: '提醒', remind: '提醒', overdue: '逾期',
  // accounts and software
  account: '账号', login: '登录', password: '密码', verification: '验证码', otp: '验证码', authenticator: '验证', delete: '删除',
  export: '导出', import: '导入', download: '下载', upload: '上传', excel: '表格', csv: '表格', api: '接口', integration: '集成',
  integrate: '集成', connect: '对接', app: '应用', mobile: '手机', android: '安卓', iphone: '苹果', ios: '苹果',
  security: '安全', secure: '安全', privacy: '隐私', server: '服务器', backup: '备份', outage: '故障', down: '故障', error: '报错',
  bug: '问题', slow: '慢', support: '客服', agent: '人工', contact: '联系', hotline: '电话',
  // clinics and appointments
  appointment: '预约', book: '预约', booking: '预约', slot: '预约', reschedule: '改约', clinic: '诊所', doctor: '医生', dentist: '医生',
  insurance: '医保', cover: '报销', tooth: '牙', teeth: '牙', cleaning: '洗牙', scaling: '洗牙', whitening: '美白', implant: '种植',
  filling: '补牙', cavity: '蛀牙', crown: '牙冠', braces: '矫正', invisalign: '隐形矫正', orthodontics: '矫正', extraction: '拔牙',
  wisdom: '智齿', pain: '疼', emergency: '急诊', kid: '孩子', kids: '孩子', child: '孩子', children: '孩子', baby: '宝宝', pregnant: '怀孕',
  pregnancy: '怀孕', checkup: '检查', xray: '片子', anesthesia: '麻醉',
};
