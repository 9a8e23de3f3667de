/**
 * Names of people as reports print them after a title: 2–4 Han characters
 * starting with a known surname (or a two-character one), followed by
 * something that can follow a name — a meeting verb (出席, 作报告, 讲话 …), a
 * particle (对, 在 …), punctuation or the end. The shortest such name wins,
 * and a name never swallows a multi-character verb (`刘作报告` is not a name).
 */
import { isHan, wordAt } from './text';

/** Common single-character surnames (百家姓 and the most frequent modern ones). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖洪'
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

