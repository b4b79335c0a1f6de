/**
 * The words around a number that change what it means: qualifiers (`余`, `近`, `左右`),
 * directions (`增长`, `降至`) and the filler that surrounds an indicator's name. Kept apart from
 * the extraction logic so that a reviewer can read, and extend, the genre's vocabulary in one
 * place.
 */
import { POINT_MARKER } from '../plan/points.ts';

export type FigureQualifier =
  | 'more-than'
  | 'nearly'
  | 'about'
  | 'at-least'
  | 'exceeding'
  | 'at-most'
  | 'less-than';

export type FigureDirection = 'increase' | 'decrease';

interface QualifierWord {
  zh: string;
  qualifier: FigureQualifier;
  /** Text that, right before the word, makes it part of another word (`商超`, `签约`). */
  notAfter?: RegExp;
}

/**
 * Qualifiers printed before the number, longest first. `达到`/`达` are not qualifiers: they say
 * the value was reached, which is what an unqualified figure means anyway.
 */
export const QUALIFIERS_BEFORE: readonly QualifierWord[] = [
  { zh: '不少于', qualifier: 'at-least' },
  { zh: '不低于', qualifier: 'at-least' },
  { zh: '低于', qualifier: 'less-than', notAfter: /不$/ },
  { zh: '高于', qualifier: 'more-than', notAfter: /不$/ },
  { zh: '不超过', qualifier: 'at-most' },
  { zh: '不高于', qualifier: 'at-most' },
  { zh: '超过', qualifier: 'more-than' },
  { zh: '多于', qualifier: 'more-than' },
  { zh: '突破', qualifier: 'exceeding' },
  { zh: '将近', qualifier: 'nearly' },
  { zh: '接近', qualifier: 'nearly' },
  { zh: '大约', qualifier: 'about' },
  { zh: '至少', qualifier: 'at-least' },
  { zh: '不足', qualifier: 'less-than' },
  { zh: '不到', qualifier: 'less-than' },
  { zh: '超', qualifier: 'more-than', notAfter: /[商高赶]$/ },
  { zh: '逾', qualifier: 'more-than' },
  { zh: '近', qualifier: 'nearly', notAfter: /[最附就临邻亲]$/ },
  { zh: '约', qualifier: 'about', notAfter: /[签节制预合公条]$/ },
];

/** Qualifiers printed between the number and its unit (`1100 余次`, `6300 余万元`, `20 多个`). */
export const QUALIFIERS_WITHIN: Readonly<Record<string, FigureQualifier>> = {
  余: 'more-than',
  多: 'more-than',
};

/**
 * Qualifiers printed after the unit. `以上` is inclusive in Chinese usage (`60 岁及以上`), hence
 * at-least rather than more-than.
 */
export const QUALIFIERS_AFTER: readonly QualifierWord[] = [
  { zh: '及以上', qualifier: 'at-least' },
  { zh: '以上', qualifier: 'at-least' },
  { zh: '左右', qualifier: 'about' },
  { zh: '上下', qualifier: 'about' },
  { zh: '及以下', qualifier: 'at-most' },
  { zh: '以下', qualifier: 'at-most' },
  { zh: '以内', qualifier: 'at-most' },
];

/**
 * Verbs that, directly before a number, say which way it moved. `降至`/`提高到` state the level
 * reached after the move and still carry its direction.
 */
export const DIRECTION_BEFORE_NUMBER: readonly { pattern: RegExp; direction: FigureDirection }[] = [
  { pattern: /(?:增长|增加|提高|提升|上升|上涨|扩大)(?:到|至)?了?$/, direction: 'increase' },
  { pattern: /增至$/, direction: 'increase' },
  { pattern: /(?:下降|下跌|回落|减少|降低|压减|缩减|减)(?:到|至)?了?$/, direction: 'decrease' },
  { pattern: /降(?:至|到)$/, direction: 'decrease' },
];

/** A regular expression matching any of `alternatives` (regular-expression sources). */
function anyOf(alternatives: readonly string[], flags = ''): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

/**
 * Words that end an indicator's name and start its predicate (`…占比达到 70%`,
 * `…同比增长 15%`); stripped from the end of a label, repeatedly.
 */
export const LABEL_PREDICATE_SUFFIX = new RegExp(
  `(?:${[
    ...['同比', '分别', '累计', '预计', '力争', '确保', '共计', '合计', '总计'],
    ...['保持在', '稳定在', '控制在', '达到', '提高到', '提升到', '增长到', '下降到', '调整到'],
    ...['增长', '增加', '提高', '提升', '上升', '上涨', '扩大', '下降', '下跌', '减少', '降低', '压减', '缩减'],
    ...['增至', '降至', '降到', '为', '达', '有', '是', '至', '到', '了', '共', '均', '已', '将'],
    ...['各', '等'],
  ].join('|')})$`,
);

/**
 * Verbs that only introduce the measured thing: the label starts after the last of them
 * (`预计实现税收` → `税收`, `累计报告疑似病例` → `疑似病例`). `完成率` is a name, not `完成` + `率`.
 */
export const LABEL_LEAD_VERBS = anyOf(
  [
    ...['实现(?!率)', '完成(?!率)', '新建', '开展', '组织', '推动', '推进', '实施', '推广'],
    ...['发放', '拨付', '兑现', '建成', '创建', '打造', '举办', '承办', '出动', '清除'],
    ...['(?<!调查|工作|研究)报告', '追踪到', '推出', '配售', '获批', '评为', '进行', '统计'],
    ...['收集', '发行', '办理', '用好', '申请到', '惠及', '吸引', '选派', '帮助', '修复'],
    ...['提升改造', '提升(?!到|至|了)', '开办', '更新', '培养', '授予', '走访', '对接', '纳入'],
    '引导',
  ],
  'g',
);

/**
 * Verbs that are part of what is measured: the label starts at the last of them
 * (`租户减免房租 2.7 亿元` → `减免房租`, `为企业解决问题` → `解决问题`).
 */
export const LABEL_HEAD_VERBS = /减免|解决|共同出资|取消/g;

/** Scope, time and comparison words that say nothing about which indicator it is. */
export const LABEL_FILLER = anyOf(
  [
    ...['预计', '全年', '全区', '同比', '累计', '年内', '当年', '本年度', '我区', '各驻区'],
    '(?:比|较)(?:上年|去年)(?:同期)?',
  ],
  'g',
);

/**
 * Words that only join a label to what came before (`其中税收收入…`, `和…`), and the marker of a
 * point (`二是实际利用外资…`).
 */
export const LABEL_LEADING_FILLER = new RegExp(
  `^(?:${[
    POINT_MARKER,
    ...['[、，,]', '其中', '共计', '共有', '共(?![同享建青])', '总计', '合计', '已经', '以及'],
    ...['和', '及', '与', '各类', '各项', '先后', '力争', '确保', '成功', '积极'],
  ].join('|')})+`,
);

/** Prepositions: a phrase after a number that opens with one is not what the number measures. */
export const PREPOSITION_START = /^(?:对|为|向|在|用于|给|把|将|从|由|与|和|及|比)/;

/**
 * Words that end the noun after a number (`27 个商超、…`, `38 个项目兑现…`): predicates that
 * follow the counted thing in this genre, and heads of measures about it (`204 家…企业增加值`).
 */
export const COUNTED_NOUN_END = anyOf(
  [
    ...['的', '预计', '同比', '当年', '分别', '全部', '均', '已', '顺利', '开工', '开诊', '开展'],
    ...['实施', '实现', '完成', '兑现', '申报', '申请', '签订', '入选', '评价', '评为', '获评'],
    ...['获批', '被', '落户', '进入', '进行', '纳入', '列入', '投入', '建成', '新建', '享受'],
    ...['参会', '移交', '整建制', '减免', '不停工', '拨付', '发放', '发行', '安装', '存在'],
    ...['调整', '到', '来我区', '提升', '改造', '走进'],
    ...['增加值', '总产值', '产值', '营业收入', '收入', '总投资', '投资'],
  ],
  'g',
);

/**
 * Session numbers (`人大二次会议`, `第十八届一次会议`) and numbered policy packages printed without
 * quotation marks (`惠企二十条`, `二十条措施`): numbers in names, not counts.
 */
export const NUMBERED_NAMES = /[一二三四五六七八九十]+次(?:会议|全会|全体会议)|[一二三四五六七八九十百]+条(?=措施|政策|意见|举措|[，。；、）)]|$)/g;

/**
 * Political formulae that look like counts (`两个一百年` is a slogan, not two of anything).
 */
export const POLITICAL_FORMULAE = anyOf(
  [
    ...['两个一百年', '两个百年', '两个维护', '两个确立', '两个大局', '四个意识', '四个自信'],
    ...['四个全面', '三个着力', '三个代表', '五位一体'],
  ],
  'g',
);

/**
 * Words before a value that make it a reference rather than a result: a statutory or standard
 * value (`法定时限的 90 天`) is what a result is measured against, not what was achieved.
 */
export const REFERENCE_BEFORE = /(?:法定|规定|标准|原有?|原来)[^，。；、\d]{0,6}$/;

/**
 * `由 A 提升到 B`, `从 A 调整到 B`: the first value is where an indicator stood before the
 * change; the text between the two values that says so.
 */
export const CHANGE_TO = /^[\s]*(?:提升|提高|调整|增加|增长|降低|下降|压缩|缩短|扩大)?(?:到|至)[\s]*$/;

/** A percentage that moved is a rate of change: its label says so (`地区生产总值增长`). */
export const CHANGE_WORDS: Readonly<Record<FigureDirection, string>> = { increase: '增长', decrease: '下降' };

/** A label that already names a change or a rate needs no change word. */
export const NAMES_A_CHANGE = /(?:增长|增速|增幅|涨幅|下降|降幅|率|比重|占比|比例)$/;

/**
 * Heads a `分别` list shares (`城镇职工养老、工伤、失业保险参保人数分别达…`): each item of the
 * list takes the head its last item ends with, longest first.
 */
export const DISTRIBUTIVE_HEADS = ['保险参保人数', '参保人数', '人数', '人次', '企业', '项目', '收入', '产值', '增加值', '投资'];

/**
 * Nouns too generic to name what a number counts on their own (`171 家企业`): the label takes
 * what the clause says of them (`企业产值超亿元`).
 */
export const GENERIC_COUNTED = /^(?:企业|项目|单位|家庭|人|个人|户|村|学校|场所|小区)$/;

/** Amounts named only by a generic word (`计划总投资 963 亿元`): the label takes what they belong to. */
export const GENERIC_AMOUNT = /^(?:计划总投资|总投资|计划投资总额|投资总额|完成投资|总产值)$/;

/**
 * Verbs that only say something was done (`推动`, `完成`): a count keeps the verb that governs it
 * unless it is one of these, which add nothing to what was counted.
 */
export const DOING_VERBS = /^(?:实现|完成|新建|开展|组织|推动|推进|实施|推广|提升|提升改造|进行|统计|办理|用好|修复|更新)$/;
