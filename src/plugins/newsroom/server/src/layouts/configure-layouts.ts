import type { Core } from '@strapi/strapi';

/**
 * The content manager's views of the four newsroom types and their
 * components: field order and sizes in the edit view, the list view's
 * columns and sort, labels (Chinese; the admin's translations give each
 * interface language its own, see admin/src/translations/content-manager.*.json)
 * and descriptions in Chinese and English (Strapi shows a description as
 * written, so it carries both), and the derived editorial fields shown
 * read-only.
 *
 * Written once per LAYOUTS_VERSION: an administrator's later changes in
 * "Configure the view" survive restarts; raising the version rewrites them.
 * Version 2: every repeatable component has a main field (a speech's is its
 * speaker description), which labels its items in the edit view; an item
 * whose main field is empty is named by the admin (useAccordionNames).
 */
export const LAYOUTS_VERSION = 2;

interface FieldText {
  label: string;
  /** Chinese and English, as one string. */
  description?: string;
  editable?: boolean;
}

interface ViewSpec {
  uid: string;
  isComponent: boolean;
  /** Rows of [field, size]; sizes follow the content manager's field-size rules (component, blocks: 12; date, integer: ≤ 12, default 4). */
  edit: Array<Array<[string, number]>>;
  list?: string[];
  settings?: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' };
  fields: Record<string, FieldText>;
}

const both = (zh: string, en: string): string => `${zh} / ${en}`;
const REQUIRED_ON_PUBLISH = both('发布前必填。', 'Required before publishing.');
const DERIVED = both('每次保存时自动生成,只读。', 'Derived on every save; read-only.');

const title: FieldText = { label: '标题', description: both('至多 120 字。发布前必填。', 'Up to 120 characters. Required before publishing.') };
const slug: FieldText = {
  label: '网址别名',
  description: both('由标题的拼音自动生成;发布后不再随标题改变,可手动修改。', 'Pinyin of the title, generated; kept once published, editable by hand.'),
};
const district: FieldText = { label: '所在区', description: both('如 福田区', 'e.g. 福田区') };
const meetingRelation: FieldText = { label: '所属会议' };
const editorial: FieldText = {
  label: '编辑信息',
  description: both('来源、报道时间与署名;右侧“编辑检查”实时显示问题。', 'Source, report time and credits; the "Editorial check" panel shows problems as you type.'),
};

const VIEWS: ViewSpec[] = [
  {
    uid: 'plugin::newsroom.meeting',
    isComponent: false,
    edit: [
      [['title', 12]],
      [['headline', 12]],
      [['heldOn', 4], ['venue', 4], ['organizer', 4]],
      [['district', 4], ['slug', 8]],
      [['summary', 12]],
      [['cover', 6]],
      [['editorial', 12]],
      [['body', 12]],
      [['speeches', 12]],
      [['adoptedDocuments', 12]],
      [['achievements', 6], ['streetCases', 6]],
    ],
    // The content manager adds the locale ("Available in") and status columns; more would push status off screen.
    list: ['title', 'heldOn', 'organizer'],
    settings: { mainField: 'title', defaultSortBy: 'heldOn', defaultSortOrder: 'DESC' },
    fields: {
      title: { label: '会议名称', description: both('如“2023年福田区残工委第一次全体会议”。发布前必填。', 'e.g. 2023年福田区残工委第一次全体会议. Required before publishing.') },
      headline: { label: '报道标题', description: both('新闻报道的大标题,至多 120 字。', "The news report's headline, up to 120 characters.") },
      slug,
      heldOn: { label: '会议日期', description: both('不晚于报道日期。发布前必填。', 'On or before the report date. Required before publishing.') },
      venue: { label: '会议地点', description: both('如 福田会堂', 'e.g. 福田会堂') },
      organizer: { label: '主办单位', description: both('如 福田区残工委。发布前必填。', 'e.g. 福田区残工委. Required before publishing.') },
      district,
      summary: { label: '摘要', description: both('至多 500 字。', 'Up to 500 characters.') },
      body: { label: '正文' },
      adoptedDocuments: { label: '审议文件', description: both('文件名不带书名号《》,保存时自动去除。', 'Titles without 《》; they are removed on save.') },
      speeches: { label: '会议发言', description: both('每个发言须选择发言人或填写发言人说明。', 'Each speech names a speaker or describes one.') },
      achievements: { label: '工作成绩' },
      streetCases: { label: '基层经验' },
      cover: { label: '封面图', description: both('发布前须填写替代文字,且不能是文件名。', 'Needs alternative text, not the file name, before publishing.') },
      editorial: { ...editorial, description: `${editorial.description} ${REQUIRED_ON_PUBLISH}` },
    },
  },
  {
    uid: 'plugin::newsroom.achievement',
    isComponent: false,
    edit: [
      [['title', 12]],
      [['ordinal', 4], ['year', 4], ['category', 4]],
      [['meeting', 6], ['slug', 6]],
      [['summary', 12]],
      [['metrics', 12]],
      [['editorial', 12]],
    ],
    // Not `year`: the list view prints integers with a thousands separator (2,022).
    list: ['ordinal', 'title', 'meeting'],
    settings: { mainField: 'title', defaultSortBy: 'ordinal', defaultSortOrder: 'ASC' },
    fields: {
      title,
      slug,
      ordinal: { label: '序号', description: both('同一会议、同一语言内不重复;1 显示为(一)。发布前必填。', 'Unique within its meeting and locale; 1 is shown as (一). Required before publishing.') },
      year: { label: '年度', description: both('不晚于所属会议的年份。发布前必填。', "Not after its meeting's year. Required before publishing.") },
      category: { label: '类别' },
      summary: { label: '摘要' },
      metrics: { label: '数据', description: both('如 社区残协覆盖 92 个社区', 'e.g. 社区残协覆盖 92 个社区') },
      meeting: meetingRelation,
      editorial,
    },
  },
  {
    uid: 'plugin::newsroom.street-case',
    isComponent: false,
    edit: [
      [['title', 12]],
      [['street', 4], ['community', 4], ['district', 4]],
      [['meeting', 6], ['slug', 6]],
      [['summary', 6], ['honors', 6]],
      [['presenter', 12]],
      [['editorial', 12]],
    ],
    list: ['title', 'street', 'meeting'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
    fields: {
      title,
      slug,
      street: { label: '街道', description: both('中文须以“街道”或“镇”结尾。发布前必填。', 'In Chinese it ends with 街道 or 镇. Required before publishing.') },
      community: { label: '社区', description: both('填写时,中文须以“社区”或“村”结尾。', 'When set, in Chinese it ends with 社区 or 村.') },
      district,
      summary: { label: '摘要' },
      honors: { label: '所获荣誉', description: both('如 广东首批五星级社区康园中心', 'e.g. 广东首批五星级社区康园中心') },
      presenter: { label: '经验分享人' },
      meeting: meetingRelation,
      editorial,
    },
  },
  {
    uid: 'plugin::newsroom.speaker',
    isComponent: false,
    edit: [
      [['name', 6], ['slug', 6]],
      [['positions', 12]],
      [['photo', 6], ['bio', 6]],
    ],
    list: ['name', 'slug'],
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    fields: {
      name: { label: '姓名', description: both('本人姓名,1–32 个字符,不含数字、括号或冒号。', "The person's name: 1–32 characters, no digits, brackets or colons.") },
      slug,
      positions: { label: '职务', description: both('如 福田区残联 党组书记', 'e.g. 福田区残联 党组书记') },
      photo: { label: '照片', description: both('发布前须填写替代文字,且不能是文件名。', 'Needs alternative text, not the file name, before publishing.') },
      bio: { label: '简介' },
    },
  },
  {
    uid: 'newsroom.editorial',
    isComponent: true,
    edit: [
      [['source', 6], ['channel', 6]],
      [['reportedAt', 6], ['sourceUrl', 6]],
      [['credits', 12]],
      [['creditLine', 6], ['byline', 6]],
      [['dateline', 12]],
    ],
    fields: {
      source: { label: '来源', description: both('如 深圳新闻网。发布前必填。', 'e.g. 深圳新闻网. Required before publishing.') },
      sourceUrl: { label: '原文链接', description: both('仅限 http:// 或 https:// 链接。', 'http:// or https:// only.') },
      channel: { label: '发布渠道', description: both('如 读特客户端', 'e.g. 读特客户端') },
      reportedAt: { label: '报道时间', description: both('不得晚于当前时间 10 分钟以上。发布前必填。', 'At most 10 minutes in the future. Required before publishing.') },
      dateline: { label: '电头', description: DERIVED, editable: false },
      credits: {
        label: '署名',
        description: both(
          '恰好一位责任编辑、至少一位编辑,以及记者或来源;责任编辑不得兼任本稿记者或编辑。',
          'Exactly one responsible editor, at least one editor, and a reporter or a source; the responsible editor is not also a reporter or editor.'
        ),
      },
      creditLine: { label: '署名行', description: DERIVED, editable: false },
      byline: { label: '作者行', description: DERIVED, editable: false },
    },
  },
  {
    uid: 'newsroom.credit',
    isComponent: true,
    edit: [[['role', 4], ['name', 8]]],
    settings: { mainField: 'name' },
    fields: {
      role: { label: '角色' },
      name: {
        label: '姓名',
        description: both("本人姓名:可含 ·、空格、- 和 ',不含数字、括号或冒号。", "A person's name: letters, ·, spaces, - and '; no digits, brackets or colons."),
      },
    },
  },
  {
    uid: 'newsroom.speech',
    isComponent: true,
    edit: [
      [['speaker', 6], ['role', 6]],
      [['speakerDescription', 12]],
      [['summary', 12]],
      [['order', 4]],
    ],
    // The speaker is a relation, which cannot be a main field; a named speaker's item is labelled by the admin.
    settings: { mainField: 'speakerDescription' },
    fields: {
      speaker: { label: '发言人' },
      speakerDescription: {
        label: '发言人说明',
        description: both('报道未点名时填写,如“沙头街道公共服务办副主任”。', 'When the report names nobody, describe the speaker.'),
      },
      role: { label: '发言类型' },
      summary: { label: '发言摘要' },
      order: { label: '顺序' },
    },
  },
  {
    uid: 'newsroom.adopted-document',
    isComponent: true,
    edit: [[['title', 8], ['action', 4]]],
    settings: { mainField: 'title' },
    fields: {
      title: { label: '文件名称', description: both('不带书名号《》。', 'Without 《》.') },
      action: { label: '审议方式' },
    },
  },
  {
    uid: 'newsroom.metric',
    isComponent: true,
    edit: [
      [['label', 6], ['value', 3], ['unit', 3]],
      [['note', 12]],
    ],
    settings: { mainField: 'label' },
    fields: {
      label: { label: '指标' },
      value: { label: '数值' },
      unit: { label: '单位', description: both('如 个社区', 'e.g. 个社区') },
      note: { label: '备注' },
    },
  },
  {
    uid: 'newsroom.position',
    isComponent: true,
    edit: [[['organization', 6], ['title', 6]]],
    settings: { mainField: 'organization' },
    fields: {
      organization: { label: '单位' },
      title: { label: '职务' },
    },
  },
];

type Plain = Record<string, any>;

interface ConfigurationService {
  findConfiguration(model: Plain): Promise<Plain>;
  updateConfiguration(model: Plain, configuration: Plain): Promise<Plain>;
}
interface ContentTypesService extends ConfigurationService {
  findContentType(uid: string): Plain | undefined;
}
interface ComponentsService extends ConfigurationService {
  findComponent(uid: string): Plain | undefined;
}

/** Fields the edit view can show: what the content manager's stored layout already holds. */
const layoutFieldNames = (edit: unknown): Set<string> =>
  new Set((Array.isArray(edit) ? edit : []).flatMap((row: unknown) => (Array.isArray(row) ? row : []).map((field: Plain) => field?.name)));

/**
 * Our rows first (only fields the model still has), then any field the
 * stored layout shows that we do not place (a field added later), in its
 * stored size, so nothing disappears from the edit view.
 */
const editLayout = (spec: ViewSpec, current: unknown): Array<Array<{ name: string; size: number }>> => {
  const known = layoutFieldNames(current);
  const rows = spec.edit
    .map((row) => row.filter(([name]) => known.has(name)).map(([name, size]) => ({ name, size })))
    .filter((row) => row.length > 0);
  const placed = new Set(rows.flat().map((field) => field.name));
  let extra: Array<{ name: string; size: number }> = [];
  for (const row of Array.isArray(current) ? current : []) {
    for (const field of Array.isArray(row) ? row : []) {
      if (!field?.name || placed.has(field.name)) continue;
      const size = Number(field.size) || 6;
      if (extra.reduce((sum, f) => sum + f.size, 0) + size > 12) {
        rows.push(extra);
        extra = [];
      }
      extra.push({ name: field.name, size });
    }
  }
  if (extra.length > 0) rows.push(extra);
  return rows;
};

const metadatas = (spec: ViewSpec, current: Plain | undefined): Plain => {
  const next: Plain = { ...(current ?? {}) };
  for (const [name, text] of Object.entries(spec.fields)) {
    const existing = next[name];
    if (!existing) continue; // the model no longer has this field
    next[name] = {
      ...existing,
      edit: {
        ...existing.edit,
        label: text.label,
        ...(text.description !== undefined ? { description: text.description } : {}),
        ...(text.editable !== undefined ? { editable: text.editable } : {}),
      },
      list: { ...existing.list, label: text.label },
    };
  }
  return next;
};

const STORE_KEY = 'content-manager-layouts';

/** Writes the newsroom's content-manager views when this version of them has not been written yet. */
export const configureLayouts = async (strapi: Core.Strapi, { force = false }: { force?: boolean } = {}): Promise<boolean> => {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return false;
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const written = (await store.get({ key: STORE_KEY })) as { version?: number } | null;
  if (!force && written?.version === LAYOUTS_VERSION) return false;

  const contentTypes = contentManager.service('content-types') as unknown as ContentTypesService;
  const components = contentManager.service('components') as unknown as ComponentsService;

  for (const spec of VIEWS) {
    const service: ConfigurationService = spec.isComponent ? components : contentTypes;
    const model = spec.isComponent ? components.findComponent(spec.uid) : contentTypes.findContentType(spec.uid);
    if (!model) continue;
    const current = await service.findConfiguration(model);
    const listable = new Set(Object.keys(current.metadatas ?? {}));
    const list = spec.list?.filter((name) => listable.has(name));
    const settings: Plain = { ...current.settings };
    for (const [key, value] of Object.entries(spec.settings ?? {})) {
      if ((key === 'mainField' || key === 'defaultSortBy') && !listable.has(value as string)) continue;
      settings[key] = value;
    }
    await service.updateConfiguration(model, {
      settings,
      metadatas: metadatas(spec, current.metadatas),
      layouts: {
        ...current.layouts,
        edit: editLayout(spec, current.layouts?.edit),
        ...(list && list.length > 0 ? { list } : {}),
      },
    });
  }
  await store.set({ key: STORE_KEY, value: { version: LAYOUTS_VERSION } });
  return true;
};

export default configureLayouts;
