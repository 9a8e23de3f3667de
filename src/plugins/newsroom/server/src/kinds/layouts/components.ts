/** The content-manager views of the plugin's components (see view-spec.ts). */
import { both, DERIVED, type ViewSpec } from './view-spec';

export const COMPONENT_LAYOUTS: Record<string, ViewSpec> = {
  'newsroom.editorial': {
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
  'newsroom.credit': {
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
  'newsroom.speech': {
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
  'newsroom.adopted-document': {
    edit: [[['title', 8], ['action', 4]]],
    settings: { mainField: 'title' },
    fields: {
      title: { label: '文件名称', description: both('不带书名号《》。', 'Without 《》.') },
      action: { label: '审议方式' },
    },
  },
  'newsroom.metric': {
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
  'newsroom.position': {
    edit: [[['organization', 6], ['title', 6]]],
    settings: { mainField: 'organization' },
    fields: {
      organization: { label: '单位' },
      title: { label: '职务' },
    },
  },
};
