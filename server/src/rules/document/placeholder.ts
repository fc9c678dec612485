import * as z from 'zod';
import { PLACEHOLDER } from '../../core/model/notes';
import { defineRule } from '../../core/engine/types';

/** 【待填写：…】 and 【待定：…】 left in a generated draft. */
export default defineRule({
  id: 'document/placeholder',
  category: 'document',
  description: '草稿中还有待填写或待定的占位内容（【待填写：…】【待定：…】）。',
  severity: 'info',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, report }) {
    const re = new RegExp(PLACEHOLDER.source, 'g');
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const what = m[0].slice(1, -1).replace(/^(待填写|待定)：/, '');
      report({
        message: m[1] === '待填写' ? `尚未填写：${what}。请用实际内容替换“${m[0]}”` : `待定：“${what}”没有对应的区级部门，请确定由哪个区级部门承担，或删除`,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  },
});
