// The words targets are made of: indicator nouns, comparators, units, the
// filler and verbs before a subject, and the characters the scan stops at.
import { NOTE_MASK_CODE } from './masking';

/** Indicator nouns, longest first where one ends another; value: canonical name. */
export const INDICATORS: Array<[string, string]> = [
  ['专业化比例', '专业化比例'],
  ['按时完成率', '按时完成率'],
  ['核查处置率', '处置率'],
  ['培训时长', '培训学时'],
  ['培训学时', '培训学时'],
  ['抽检数量', '抽检量'],
  ['抽检批次', '抽检量'],
  ['覆盖率', '覆盖率'],
  ['不合格率', '不合格率'],
  ['超标率', '超标率'],
  ['合格率', '合格率'],
  ['达标率', '达标率'],
  ['处置率', '处置率'],
  ['立案率', '立案率'],
  ['办结率', '办结率'],
  ['知晓率', '知晓率'],
  ['满意度', '满意度'],
  ['满意率', '满意度'],
  ['配备率', '配备率'],
  ['自查率', '自查率'],
  ['检查率', '检查率'],
  ['整改率', '整改率'],
  ['报告率', '报告率'],
  ['完成率', '完成率'],
  ['抽检量', '抽检量'],
  ['抽验量', '抽检量'],
  ['检测量', '检测量'],
  ['监测量', '监测量'],
  ['协管员', '协管员'],
  ['比例', '比例'],
  ['占比', '比例'],
  ['抽检', '抽检量'],
  ['抽验', '抽检量'],
  ['抽查', '抽检量'],
  ['检测', '检测量'],
  ['监测', '监测量'],
  ['培训', '培训学时'],
];

/** Indicators that are verbs (抽检 5710 批次): only with a count unit. */
export const VERB_INDICATORS = new Set(['抽检', '抽验', '抽查', '检测', '监测', '培训']);

/** Comparators directly before the value, longest first. */
export const COMPARATORS = [
  '不低于', '不少于', '不小于', '不高于', '不超过', '不多于', '保持在', '稳定在', '维持在', '控制在', '提高到', '提高至', '提升到', '提升至',
  '达到', '达至', '至少', '超过', '高于', '大于', '低于', '少于', '保持', '稳定', '增至', '达', '在',
];
export const CEILING_COMPARATORS = new Set(['控制在', '不高于', '不超过', '不多于', '低于', '少于']);

export const UNITS: Array<[string, string]> = [
  ['批次/千人', '批次/千人'],
  // incidence rates (食物中毒发生率控制在3例/10万人以内)
  ['例/10万人', '例/10万人'],
  ['例/10万', '例/10万人'],
  ['例/十万人', '例/10万人'],
  ['例/十万', '例/10万人'],
  ['例/万人', '例/万人'],
  ['例/万', '例/万人'],
  ['%', '%'],
  ['批次', '批次'],
  ['学时', '学时'],
  ['分', '分'],
  ['人', '人'],
  ['名', '人'],
  ['次', '次'],
  ['个', '个'],
  ['家', '家'],
];

/** Words before the subject that belong to the sentence, not to the subject. */
export const LEADING_FILLER = ['其中', '全年计划', '全年安排', '全年', '计划', '安排', '确保', '持续推动', '持续推进', '持续', '推动', '进一步', '力争', '实现', '达到', '使', '要', '并'];
/** Verbs after which the subject starts: 区农业农村委落实食用农产品抽检 → 食用农产品. */
export const SUBJECT_CUT = /(落实|安排|完成|推动|推进|实现|确保|保证|做到|开展|配备|配齐)/g;

export function endsWithAny(s: string, words: readonly string[]): string | undefined {
  for (const w of words) if (s.endsWith(w)) return w;
  return undefined;
}

export function findIndicatorAtEnd(s: string, nounsOnly = false): { text: string; canonical: string } | undefined {
  for (const [w, c] of INDICATORS) if (s.endsWith(w) && !(nounsOnly && VERB_INDICATORS.has(w))) return { text: w, canonical: c };
  // any other rate: 上传率, 公示率 …
  if (s.length >= 3 && s.endsWith('率') && /^[\u4e00-\u9fa5]{2}$/.test(s.slice(-3, -1))) return { text: s.slice(-3), canonical: s.slice(-3) };
  return undefined;
}

export function findIndicatorAtStart(s: string): { text: string; canonical: string } | undefined {
  for (const [w, c] of INDICATORS) if (!VERB_INDICATORS.has(w) && s.startsWith(w)) return { text: w, canonical: c };
  return undefined;
}

// Characters the per-character scan looks at, as UTF-16 codes: reading a CJK
// character as a string allocates one, so the scan compares codes.
export const C = {
  fullStop: 0x3002, // 。
  bang: 0xff01, // ！
  query: 0xff1f, // ？
  semicolon: 0xff1b, // ；
  comma: 0xff0c, // ，
  colon: 0xff1a, // ：
  qi: 0x5176, // 其
  zhong: 0x4e2d, // 中
  openQuote: 0x201c, // “
  closeQuote: 0x201d, // ”
  quan: 0x5168, // 全
  mei: 0x6bcf, // 每
  an: 0x6309, // 按
};

/** Characters that end a sentence / a comma part. */
export function isSentenceBreak(c: number): boolean {
  return c === C.fullStop || c === C.bang || c === C.query || c === 0x21 || c === 0x3f;
}
export function isPartBreak(c: number): boolean {
  return c === C.comma || c === 0x2c || c === C.colon || c === 0x3a;
}

/** Characters that end a comma part for 每万人 (and the note mask). */
export function isPartEnd(c: number): boolean {
  return isPartBreak(c) || isSentenceBreak(c) || c === C.semicolon || c === 0x3b || c === NOTE_MASK_CODE;
}
