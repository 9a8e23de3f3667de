/**
 * How a kind's or a component's content-manager views are described: field
 * order and sizes in the edit view, the list view's columns and sort, labels
 * (Chinese; the admin's translations give each interface language its own,
 * see admin/src/translations/content-manager.*.json) and descriptions in
 * Chinese and English (Strapi shows a description as written, so it carries
 * both), and the derived editorial fields shown read-only. Written to the
 * content manager by configure-layouts.ts.
 */
export interface FieldText {
  label: string;
  /** Chinese and English, as one string. */
  description?: string;
  editable?: boolean;
}

export interface ViewSpec {
  /** Rows of [field, size]; sizes follow the content manager's field-size rules (component, blocks: 12; date, integer: ≤ 12, default 4). */
  edit: Array<Array<[string, number]>>;
  list?: string[];
  settings?: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' };
  fields: Record<string, FieldText>;
}

export const both = (zh: string, en: string): string => `${zh} / ${en}`;
export const REQUIRED_ON_PUBLISH = both('发布前必填。', 'Required before publishing.');
export const DERIVED = both('每次保存时自动生成,只读。', 'Derived on every save; read-only.');

export const title: FieldText = { label: '标题', description: both('至多 120 字。发布前必填。', 'Up to 120 characters. Required before publishing.') };
export const slug: FieldText = {
  label: '网址别名',
  description: both('由标题的拼音自动生成;发布后不再随标题改变,可手动修改。', 'Pinyin of the title, generated; kept once published, editable by hand.'),
};
export const district: FieldText = { label: '所在区', description: both('如 福田区', 'e.g. 福田区') };
export const meetingRelation: FieldText = { label: '所属会议' };
export const editorial: FieldText = {
  label: '编辑信息',
  description: both('来源、报道时间与署名;右侧“编辑检查”实时显示问题。', 'Source, report time and credits; the "Editorial check" panel shows problems as you type.'),
};

