import * as z from 'zod';
import { defineRule } from '../../core/engine/types';

const INVALID = /[\u0000\ufffd]/g;

/**
 * Bytes that are not text inside a text plan: NUL characters (PDF extraction
 * leaves them) and U+FFFD, which decoding writes for each invalid UTF-8 byte
 * or lone UTF-16 surrogate. A run of them is one finding; a NUL run can be
 * deleted safely, a replaced character cannot be guessed.
 */
export default defineRule({
  id: 'document/invalid-bytes',
  category: 'document',
  description: '正文中不应有无法识别的字节（显示为 � 的字符）或 NUL 空字符，它们通常是转换或复制时损坏留下的。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    const t = doc.text;
    // the regex engine finds each NUL or U+FFFD (most plans have none); lastIndex - 1 is the character
    INVALID.lastIndex = 0;
    while (INVALID.test(t)) {
      const i = INVALID.lastIndex - 1;
      const c = t.charCodeAt(i);
      let j = i + 1;
      while (j < t.length && t.charCodeAt(j) === c) j++;
      const n = j - i;
      if (c === 0) {
        report({
          message: `这里有 ${n} 个 NUL 空字符（多见于从 PDF 复制的文字），不是正文内容，应删除`,
          start: i,
          end: j,
          fix: { title: '删除 NUL 空字符', edits: [{ start: i, end: j, newText: '' }] },
        });
      } else {
        report({
          message: `这里有 ${n} 个无法识别的字符（显示为 �）：文件中此处的字节不是有效的 UTF-8/UTF-16 文字，原字已丢失。请对照原稿补上正确的字`,
          start: i,
          end: j,
        });
      }
      INVALID.lastIndex = j;
    }
  },
});
