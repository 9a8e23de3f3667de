/**
 * People as reports describe them: `福田区残联党组书记、理事长、一级调研员罗念纯`
 * — an organization, titles separated by 、 (or a comma), and the name last.
 *
 * Where does the organization end and the first title begin? A title is read
 * by a small grammar: any number of qualifiers (党组, 副, 一级, 主席团 …)
 * followed by one base title (书记, 理事长, 调研员, 主任 …). The title of a
 * segment is its LONGEST suffix that the grammar accepts, so
 * `福田区残联党组书记` splits into 福田区残联 + 党组书记 and
 * `梅林街道党工委委员` into 梅林街道 + 党工委委员; what is left in front is the
 * organization.
 *
 * Where does the last title end and the name begin? Right after a base title,
 * a name is 2–4 Han characters starting with a known surname and followed by
 * something that can follow a name (a verb such as 传达/作报告/出席, a
 * preposition such as 对, punctuation, the end). The shortest such name wins,
 * and a name never swallows a multi-character verb (`刘作报告` is not a name).
 * A description followed directly by a speech verb is a person the report
 * does not name (`沙头街道公共服务办副主任、街道残联理事长分享经验`).
 */
import { isHan, wordAt } from './text';

/** Base titles: the last word of every title. */
const BASE_TITLES = [
  '书记',
  '成员',
  '委员',
  '常委',
  '理事长',
  '理事',
  '监事长',
  '主席',
  '区长',
  '市长',
  '县长',
  '镇长',
  '主任',
  '主任委员',
  '调研员',
  '巡视员',
  '局长',
  '部长',
  '处长',
  '科长',
  '股长',
  '秘书长',
  '会长',
  '所长',
  '院长',
  '校长',
  '馆长',
  '站长',
  '经理',
  '董事长',
  '组长',
  '队长',
  '专干',
  '干事',
];

/** Base titles that are titles only behind a qualifier: 党组成员, but not 成员 alone. */
const QUALIFIED_ONLY = new Set(['成员', '委员', '理事']);

/** Qualifiers in front of a base title. */
const TITLE_QUALIFIERS = [
  '党组',
  '党委',
  '党工委',
  '党总支',
  '党支部',
  '纪委',
  '纪工委',
  '副',
  '常务',
  '一级',
  '二级',
  '三级',
  '四级',
  '执行',
  '名誉',
  '主席团',
  '专职',
  '兼职',
  '挂职',
  '首席',
  '总',
];

/** Longest title we read; anything longer is organization plus title. */
const MAX_TITLE_LENGTH = 12;

/** Longest segment (organization + title) between two separators. */
const MAX_SEGMENT_LENGTH = 40;

/** How many 、/comma-separated segments one description may have. */
const MAX_SEGMENTS = 8;

const BASE_TITLE_SET = new Set(BASE_TITLES);

/** Answers of isTitle, which runs on every suffix of every segment; cleared when it grows past MEMO_LIMIT. */
const titleMemo = new Map<string, boolean>();
const MEMO_LIMIT = 10_000;

/** True when the whole of `text` is a title: qualifiers then a base title. */
export function isTitle(text: string): boolean {
  const known = titleMemo.get(text);
  if (known !== undefined) return known;
  const answer = isQualifiedTitle(text, false);
  if (titleMemo.size >= MEMO_LIMIT) titleMemo.clear();
  titleMemo.set(text, answer);
  return answer;
}

function isQualifiedTitle(text: string, qualified: boolean): boolean {
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  if (BASE_TITLE_SET.has(text) && (qualified || !QUALIFIED_ONLY.has(text))) return true;
  return TITLE_QUALIFIERS.some(
    (qualifier) => text.length > qualifier.length && text.startsWith(qualifier) && isQualifiedTitle(text.slice(qualifier.length), true),
  );
}

/** `福田区残联党组书记` → {organization 福田区残联, title 党组书记}; the organization may be ''. */
export function splitOrganizationAndTitle(segment: string): { organization: string; title: string } | undefined {
  const start = Math.max(0, segment.length - MAX_TITLE_LENGTH);
  for (let index = start; index < segment.length; index += 1) {
    const title = segment.slice(index);
    if (isTitle(title)) return { organization: segment.slice(0, index).trim(), title };
  }
  return undefined;
}

// --- names ---------------------------------------------------------------

/** Common single-character surnames (百家姓 and the most frequent modern ones). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
]);

/** Two-character surnames: 欧阳, 司马 … (the name then has 3–4 characters). */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文', '轩辕', '端木', '澹台', '南宫', '西门'];

/**
 * Words that can follow a name and that a name never contains: verbs of the
 * meeting (出席, 作报告, 讲话 …). Checked inside a candidate name too, so
 * `刘作报告` does not become the name 刘作报告.
 */
export const VERBS_AFTER_NAME = [
  '出席',
  '主持',
  '讲话',
  '传达',
  '作报告',
  '作工作报告',
  '作情况说明',
  '作说明',
  '作经验',
  '作交流',
  '作表态',
  '作总结',
  '作重要',
  '作专题',
  '分享',
  '汇报',
  '表示',
  '指出',
  '强调',
  '介绍',
  '致辞',
  '发言',
  '宣读',
  '解读',
  '通报',
  '部署',
  '总结',
  '提出',
  '要求',
  '参加',
  '带领',
  '一行',
  '同志',
  '分别',
  '围绕',
  '代表',
  '进行',
  '率队',
  '主讲',
  '参会',
  '调研',
  '走访',
  '看望',
  '慰问',
];

/** Single characters that can follow a name (对 in 罗念纯对…) but may also stand inside one (李和平). */
const PARTICLES_AFTER_NAME = [...'对作在就为向与和及等率于也还并同先首则说称到'];

/** Punctuation that may follow a name. */
const PUNCTUATION_AFTER_NAME = new Set([...'，,。、;；:：!！?？“"（()）《 ']);

/** Words that start like a name (单 and 全 are surnames) but name no one. */
const NOT_NAMES = ['单位', '全体', '相关', '有关', '部门', '机关', '干部', '人员', '班子', '同志', '代表', '成员'];

function isSurnameAt(text: string, index: number): number {
  const compound = COMPOUND_SURNAMES.find((surname) => text.startsWith(surname, index));
  if (compound !== undefined) return compound.length;
  return SURNAMES.has(text[index]) ? 1 : 0;
}

function canFollowName(text: string, index: number): boolean {
  if (index >= text.length) return true;
  if (PUNCTUATION_AFTER_NAME.has(text[index])) return true;
  return wordAt(text, index, VERBS_AFTER_NAME) !== undefined || PARTICLES_AFTER_NAME.includes(text[index]);
}

/** The person's name starting at `index` (2–4 Han characters, shortest that fits), if any. */
export function readNameAt(text: string, index: number): string | undefined {
  const surname = isSurnameAt(text, index);
  if (surname === 0 || wordAt(text, index, VERBS_AFTER_NAME) !== undefined || wordAt(text, index, NOT_NAMES) !== undefined) {
    return undefined;
  }
  for (let length = 2; length <= 4; length += 1) {
    const end = index + length;
    if (end > text.length || !isHan(text[end - 1])) return undefined;
    // A verb inside the candidate ends the search: 刘作报告 has no name.
    if (wordAt(text, end - 1, VERBS_AFTER_NAME) !== undefined) return undefined;
    if (length <= surname) continue;
    if (canFollowName(text, end)) return text.slice(index, end);
  }
  return undefined;
}

// --- descriptions ----------------------------------------------------------

/** Characters that end a segment of a description. */
const SEGMENT_BOUNDARY = new Set([...'、，,;；:：。！？!?()（）“”"《》【】[] ']);

/** Separators between two segments of one description: 党组书记、理事长 / 副区长,残工委主任. */
const SEGMENT_JOINERS = new Set(['、', ',', '，']);

/**
 * Words in front of a description that belong to the sentence, not the
 * organization: 会议由区残联理事长罗念纯主持.
 */
const LEADING_FUNCTION_WORDS = [
  '出席会议的有',
  '参加会议的有',
  '会议由',
  '并由',
  '特邀',
  '邀请',
  '其中',
  '包括',
  '随后',
  '最后',
  '首先',
  '接着',
  '然后',
  '会上',
  '由',
  '请',
];

/** A person in a sentence: the description, the name if given, where the mention ends. */
export interface PersonMention {
  /** `福田区残联党组书记、理事长、一级调研员` — the article's words. */
  description: string;
  name?: string;
  /** Where the description starts in the sentence. */
  start: number;
  /** Where the phrase starts, before function words such as 会议由: the previous predicate ends here. */
  phraseStart: number;
  /** Right after the name (or the description when unnamed): where the predicate starts. */
  end: number;
}

/**
 * Every described person in `sentence`, in order. `speechVerbAt` tells
 * whether a speech verb starts at an index: an unnamed description counts
 * only when one follows it directly.
 */
export function findPersonMentions(sentence: string, speechVerbAt: (text: string, index: number) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (let index = 0; index < sentence.length; index += 1) {
    const base = wordAt(sentence, index, BASE_TITLES);
    if (base === undefined) continue;
    const titleEnd = index + base.length;
    // A longer title goes on (主任委员): decide at its end instead.
    if (wordAt(sentence, titleEnd, BASE_TITLES) !== undefined) continue;
    // The segment holding the title must really end with one (not 残工委成员单位).
    if (splitOrganizationAndTitle(sentence.slice(segmentStart(sentence, index), titleEnd)) === undefined) continue;
    const name = readNameAt(sentence, titleEnd);
    if (name === undefined && !speechVerbAt(sentence, titleEnd)) continue;
    const { phraseStart, start } = descriptionStart(sentence, index);
    const description = sentence.slice(start, titleEnd);
    const end = titleEnd + (name?.length ?? 0);
    const mention = { description, start, phraseStart, end };
    mentions.push(name === undefined ? mention : { ...mention, name });
    index = end - 1;
  }
  return mentions;
}

/** Start of the segment that contains `index`, looking back at most MAX_SEGMENT_LENGTH characters. */
function segmentStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_SEGMENT_LENGTH);
  let start = index;
  while (start > limit && !SEGMENT_BOUNDARY.has(text[start - 1])) start -= 1;
  return start;
}

/**
 * Where the description around the title at `titleIndex` starts: back over
 * earlier segments as long as each ends with a title (党组书记、理事长、…),
 * then past leading function words (会议由 …).
 */
function descriptionStart(sentence: string, titleIndex: number): { phraseStart: number; start: number } {
  let start = segmentStart(sentence, titleIndex);
  for (let count = 1; count < MAX_SEGMENTS; count += 1) {
    const joiner = sentence[start - 1];
    if (start === 0 || !SEGMENT_JOINERS.has(joiner)) break;
    const previousStart = segmentStart(sentence, start - 1);
    const previous = sentence.slice(previousStart, start - 1);
    // A segment that does not end with a title (a name: 理事长罗念纯、副理事长申晓东;
    // an opener: 会上,) belongs to something else.
    if (previous === '' || splitOrganizationAndTitle(previous) === undefined) break;
    start = previousStart;
  }
  const phraseStart = start;
  let skipped = true;
  while (skipped) {
    const word = wordAt(sentence, start, LEADING_FUNCTION_WORDS);
    skipped = word !== undefined && start + word.length < titleIndex;
    if (word !== undefined && skipped) start += word.length;
  }
  return { phraseStart, start };
}

/** The segments of a description: split on 、 and commas. */
export function descriptionSegments(description: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (const char of description) {
    if (SEGMENT_JOINERS.has(char)) {
      if (current.trim() !== '') segments.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') segments.push(current.trim());
  return segments;
}
