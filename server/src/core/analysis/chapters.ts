// Chapters that hold no tasks (指导思想, 工作目标, 保障措施, 工作要求 …):
// responsibility/missing skips them, and the numbering lets their items
// number on their own (a plan that numbers its tasks （一）…（十二） across
// chapters often starts 保障措施 at （一） again). Pure.

/** Words that mark a chapter without tasks, matched as part of a heading title. */
export const NON_TASK_HEADINGS: readonly string[] = [
  '指导思想',
  '总体要求',
  '工作目标',
  '主要目标',
  '总体目标',
  '创建目标',
  '具体目标',
  '基本原则',
  '工作原则',
  '组织实施',
  '组织领导',
  '工作要求',
  '保障措施',
  '工作保障',
  '否决项',
  '时间安排',
  '进度安排',
  '实施步骤',
  '工作步骤',
  '方法步骤',
  '有关要求',
  '适用范围',
  '编制依据',
];

/** Whether a heading title names a chapter without tasks. */
export function isNonTaskTitle(title: string, words: readonly string[] = NON_TASK_HEADINGS): boolean {
  for (const w of words) if (title.includes(w)) return true;
  return false;
}
