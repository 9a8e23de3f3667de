import { both, slug, type ViewSpec } from './view-spec';

export const speakerLayout: ViewSpec = {
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
};
