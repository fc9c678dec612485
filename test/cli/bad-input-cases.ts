// The inputs of docs/bad-input.md, by case id (the table gives what the user
// sees; test/cli/bad-input.test.ts runs every row).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docxFromText, makeDocx } from '../support/docx';
import { writeZip } from '../support/zip';
import { TEXTLESS_PDF } from '../support/pdf';
import { cli, CliResult, CLEAN_PLAN, distCli, MARKER_ONLY, PLAN, repoRoot, tempDir } from './support';

const sample = (name: string) => fs.readFileSync(path.join(repoRoot, 'samples', name), 'utf8');
const MUNICIPAL = sample('天津市2025年食品安全监督管理计划.txt');
const MUNICIPAL_2024 = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'targets', '天津市2024年食品安全监督管理计划.txt'), 'utf8');
const NOTICE = [
  '红桥区人民政府办公室关于印发红桥区2025年食品安全监督管理计划的通知',
  '',
  '各街道办事处，区政府各委、局，各直属单位：',
  '经区人民政府同意，现将《红桥区2025年食品安全监督管理计划》印发给你们，请认真贯彻落实。',
  '',
  '2025年7月1日',
  '',
].join('\n');

/** A county plan whose first chapter heading lost its 一、 (the title on its own line, then 二、). */
const LOST_MARKER = [
  '某某县2025年食品安全重点工作安排',
  '',
  '指导思想',
  '坚持以人民为中心的发展思想，落实食品安全“四个最严”要求。',
  '',
  '二、工作目标',
  '全年食品抽检量达到每千人4批次。',
  '',
  '三、重点任务',
  '（一）强化源头治理',
  '1.加强农药兽药残留治理。（县农业农村局牵头，县市场监管局按职责分工负责）',
  '2.加强产地环境保护。（县生态环境局负责）',
  '（二）严格过程监管',
  '3.加强学校食堂监管。（县市场监管局、县教育局按职责分工负责）',
  '4.加强餐饮单位监管。（县市场监管局负责）',
  '（三）加强风险防控',
  '5.开展食品安全风险监测。（县卫生健康委负责）',
  '6.加强农村集体聚餐指导。（县市场监管局、各乡镇按职责分工负责）',
  '',
].join('\n');
/** The same plan with its 一、, and a 组织实施 chapter that restarts at 1. under each （一）. */
const PER_CHAPTER = [
  ...LOST_MARKER.replace('\n指导思想\n', '\n一、指导思想\n').trimEnd().split('\n'),
  '',
  '四、组织实施',
  '（一）加强组织领导',
  '1.各部门要把食品安全工作列入重要议事日程。（县食安办负责）',
  '2.建立健全工作协调机制。（县食安办负责）',
  '（二）强化督查考核',
  '1.将食品安全工作纳入年度考核。（县食安办负责）',
  '2.加强督查督办。（县食安办负责）',
  '（三）加强宣传引导',
  '1.开展食品安全宣传周活动。（县食安办牵头，县食安委各成员单位按职责分工负责）',
  '',
].join('\n');

/** A small valid registry (with a comment, as JSONC allows), changed by `edit`. */
function registryText(edit: (r: { districts: unknown[]; collectivePatterns?: string[]; districtLevel: { departments: Array<{ name: string; municipal?: string }>; collectives?: unknown[] } }) => void): string {
  const r = {
    jurisdiction: { name: '江城市', short: '江城' },
    districts: [{ name: '临江区', short: '临江' }] as unknown[],
    cityLevel: { departments: [{ name: '市市场监管局' }] },
    districtLevel: { departments: [{ name: '区市场监管局', municipal: '市市场监管局' }] as Array<{ name: string; municipal?: string }>, collectives: ['区食安委成员单位'] as unknown[] },
  } as Parameters<typeof edit>[0];
  edit(r);
  return `// 江城市部门名录\n${JSON.stringify(r, null, 2)}\n`;
}

export interface Setup {
  files?: Record<string, string | Buffer>;
  /** Arguments after `check`. */
  args: string[];
  /** The whole command line instead (another command, or none). */
  argv?: string[];
  stdin?: string | Buffer;
  /** Runs after the files are written (permissions, special files). */
  prepare?: (dir: string) => void;
  /** Why the case cannot run here (then it is skipped with that reason). */
  skip?: () => string | undefined;
  /** Run the built CLI as the user nobody (root only), instead of in-process as the current user. */
  asNobody?: boolean;
  /** Runs after the command, before the folder is removed (unmount what `prepare` mounted). */
  cleanup?: (dir: string) => void;
  /** What is wrong with the files after the command (owner, links, bytes), or undefined: the message alone cannot show it. */
  verify?: (dir: string) => string | undefined;
}

/** The fixed plan text of the --fix rows (MARKER_ONLY fixes the two 1、 of PLAN). */
const fixedIn = (file: string) => (fs.readFileSync(file, 'utf8') === CLEAN_PLAN ? undefined : `${path.basename(file)} does not hold the fixed plan`);
const ownerOf = (file: string) => {
  const st = fs.statSync(file);
  return `${st.uid}:${st.gid} ${(st.mode & 0o777).toString(8)}`;
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const noFifo = () => (process.platform === 'win32' ? 'no named pipes on Windows' : undefined);
const noDevZero = () => (fs.existsSync('/dev/zero') && fs.existsSync('/dev/urandom') ? undefined : 'no /dev/zero here');
function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [p]);
  if (r.status !== 0) throw new Error('mkfifo failed');
}
const noRunuser = () => (!isRoot() ? 'only root can run the CLI as nobody' : spawnSync('runuser', ['--help']).status !== 0 ? 'no runuser here' : !fs.existsSync(distCli) ? 'dist/cli.js is not built' : undefined);
/** Mounts a tmpfs of 16 KB on dir/name (root in a system that allows it); the reason when it cannot. */
function mountTiny(dir: string): string | undefined {
  const at = path.join(dir, '小磁盘');
  fs.mkdirSync(at);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', at], { encoding: 'utf8' });
  return r.status === 0 ? undefined : `cannot mount a small tmpfs here: ${(r.stderr || r.error?.message || '').trim()}`;
}
/** A sparse file of `size` bytes: nothing is written, so the test stays fast. */
function sparse(p: string, size: number): void {
  const fd = fs.openSync(p, 'w');
  fs.ftruncateSync(fd, size);
  fs.closeSync(fd);
}

export const CASES: Record<string, Setup> = {
  // ---- command line
  'usage-no-input': { args: [] },
  'usage-unknown-command': { args: [], argv: ['chek', 'p.txt'] },
  'usage-unknown-option': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--formt', 'json'] },
  'usage-missing-value': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--format'] },
  'usage-unknown-format': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--format', 'xml'] },
  'usage-bad-size': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--max-file-size', '20XB'] },
  'stdin-empty': { args: ['--stdin'], stdin: '' },
  'stdin-binary': { args: ['--stdin'], stdin: Buffer.from([0x00, 0x01, 0x02, 0x03]) },
  // ---- configuration
  'config-invalid-json': { files: { '.fsplanrc.json': '{\n  "root": true,,\n}', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-unknown-key': { files: { '.fsplanrc.json': '{ "rulez": {} }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-unknown-rule': { files: { '.fsplanrc.json': '{ "rules": { "numbering/sequense": "off" } }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-wrong-severity': { files: { '.fsplanrc.json': '{ "rules": { "numbering/sequence": "warn" } }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-wrong-option-type': {
    files: { '.fsplanrc.json': '{ "rules": { "numbering/marker-style": ["warning", { "allowFullWidthPoint": "yes" }] } }', 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
  },
  'config-empty': { files: { '.fsplanrc.json': '', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-not-object': { files: { '.fsplanrc.json': '[]', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-rules-not-object': { files: { '.fsplanrc.json': '{ "rules": "off" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-option-too-big': {
    files: { '.fsplanrc.json': '{\n  // 建议数\n  "rules": { "department/unknown": ["warning", { "maxSuggestions": 50 }] },\n}', 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
  },
  'config-bad-size': { files: { '.fsplanrc.json': '{ "maxFileSize": "abc" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-size-not-integer': { files: { '.fsplanrc.json': '{ "maxFileSize": 1.5 }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-too-short': { files: { '.fsplanrc.json': '{ "jurisdiction": "区" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-missing-field': { files: { '.fsplanrc.json': '{ "departments": [{ "full": "红桥区大数据管理局" }] }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'config-missing-explicit': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--config', 'nope.json'] },
  'config-is-directory': { files: { '配置/说明.md': 'x', 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--config', '配置'] },
  'registry-is-directory': { files: { '.fsplanrc.json': '{ "registry": "名录" }', '名录/说明.md': 'x', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-missing': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-device': { files: { '.fsplanrc.json': '{ "registry": "/dev/zero" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'], skip: noDevZero },
  'registry-fifo': {
    files: { '.fsplanrc.json': '{ "registry": "名录.json" }', 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
    prepare: (dir) => mkfifo(path.join(dir, '名录.json')),
    skip: noFifo,
  },
  'config-device': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '-c', '/dev/urandom'], skip: noDevZero },
  'municipal-too-large': {
    files: { '.fsplanrc.json': '{ "municipalPlan": "市级计划.txt" }', 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
    prepare: (dir) => sparse(path.join(dir, '市级计划.txt'), 200 * 1024 * 1024),
  },
  'registry-invalid-json': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': '{ "version": 1, ', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-schema': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': '{ "version": 1, "jurisdiction": "江城市" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-empty-list': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': registryText((r) => (r.districts = [])), 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-union': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': registryText((r) => (r.districtLevel.collectives = [5])), 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-bad-pattern': { files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': registryText((r) => (r.collectivePatterns = ['(成员单位'])), 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'registry-cross-reference': {
    files: { '.fsplanrc.json': '{ "registry": "名录.json" }', '名录.json': registryText((r) => (r.districtLevel.departments[0].municipal = '市农业局')), 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
  },
  'municipal-missing': { files: { '.fsplanrc.json': '{ "municipalPlan": "市级计划.txt" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'municipal-option-missing': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--municipal', '市级计划.txt'] },
  'municipal-not-a-plan': { files: { '.fsplanrc.json': '{ "municipalPlan": "市级计划.txt" }', '市级计划.txt': '会议纪要\n\n请各单位按时参会。\n', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'municipal-is-district': { files: { '市级计划.txt': CLEAN_PLAN, 'p.txt': CLEAN_PLAN.replace(/红桥区/g, '河北区') }, args: ['p.txt', '--municipal', '市级计划.txt'] },
  // ---- files
  'file-missing': { args: ['没有这个计划.txt'] },
  'file-empty': { files: { 'p.txt': '' }, args: ['p.txt'] },
  'file-blank': { files: { 'p.txt': ' \n\u3000\r\n' }, args: ['p.txt'] },
  'file-binary': { files: { 'p.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, args: ['p.txt'] },
  'file-undecodable': { files: { 'p.txt': Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0xfe, 0x81, 0x30, 0xc0, 0xff, 0x80, 0x0a]) }, args: ['p.txt'] },
  'file-directory-like-plan': { files: { '计划.txt/说明.md': '不是计划' }, args: ['计划.txt'] },
  'file-no-permission': {
    files: { 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
    prepare: (dir) => fs.chmodSync(path.join(dir, 'p.txt'), 0o000),
    skip: () => (isRoot() ? 'running as root: permissions do not stop root from reading (file-not-regular covers a read error root gets)' : undefined),
  },
  'file-not-regular': {
    args: ['管道.txt'],
    prepare: (dir) => {
      const r = spawnSync('mkfifo', [path.join(dir, '管道.txt')]);
      if (r.status !== 0) throw new Error('mkfifo failed');
    },
    skip: () => (process.platform === 'win32' ? 'no named pipes on Windows' : undefined),
  },
  'file-pipe-next-to-plan': {
    files: { 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
    // a pipe named like the cited municipal plan: looking for the municipal plan must not block on it
    prepare: (dir) => {
      const r = spawnSync('mkfifo', [path.join(dir, '天津市2025年食品安全监督管理计划.txt')]);
      if (r.status !== 0) throw new Error('mkfifo failed');
    },
    skip: () => (process.platform === 'win32' ? 'no named pipes on Windows' : undefined),
  },
  'file-path-through-file': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt/计划.txt'] },
  'file-too-large-default': {
    args: ['大文件.txt'],
    // a sparse 21 MB file: refused from its size, never read
    prepare: (dir) => {
      const fd = fs.openSync(path.join(dir, '大文件.txt'), 'w');
      fs.ftruncateSync(fd, 21 * 1024 * 1024);
      fs.closeSync(fd);
    },
  },
  'file-too-large-option': { files: { 'p.txt': CLEAN_PLAN }, args: ['p.txt', '--max-file-size', '0.5KB'] },
  'file-too-large-config': { files: { '.fsplanrc.json': '{ "maxFileSize": "512B" }', 'p.txt': CLEAN_PLAN }, args: ['p.txt'] },
  'pdf-not-pdf': { files: { 'p.pdf': '这不是 PDF' }, args: ['p.pdf'] },
  'pdf-broken': { files: { 'p.pdf': '%PDF-1.7\n' }, args: ['p.pdf'] },
  'pdf-encrypted': { files: { 'p.pdf': fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'pdf', 'encrypted.pdf')) }, args: ['p.pdf'] },
  'pdf-no-text': { files: { 'p.pdf': TEXTLESS_PDF }, args: ['p.pdf'] },
  'html-no-text': { files: { 'p.html': '<html><body><nav><a href="/">首页</a></nav><script>x()</script></body></html>' }, args: ['p.html'] },
  // ---- review
  'review-no-out': { files: { 'p.txt': CLEAN_PLAN }, args: [], argv: ['review', 'p.txt'] },
  'review-out-is-input': { files: { 'p.docx': docxFromText(CLEAN_PLAN) }, args: [], argv: ['review', 'p.docx', '--out', 'p.docx'] },
  'review-out-exists': { files: { 'p.txt': CLEAN_PLAN, '审核.docx': 'x' }, args: [], argv: ['review', 'p.txt', '--out', '审核.docx'] },
  'review-out-not-docx': { files: { 'p.txt': CLEAN_PLAN }, args: [], argv: ['review', 'p.txt', '--out', '审核.txt'] },
  'review-two-inputs': { files: { 'p.txt': CLEAN_PLAN, 'q.txt': CLEAN_PLAN }, args: [], argv: ['review', 'p.txt', 'q.txt', '--out', 'r.docx'] },
  'file-invalid-bytes': {
    files: { 'p.txt': Buffer.concat([Buffer.from(CLEAN_PLAN.split('结合我区')[0] + '结合我区'), Buffer.from([0xff]), Buffer.from(CLEAN_PLAN.split('结合我区')[1])]) },
    args: ['p.txt'],
  },
  'file-stray-nul': { files: { 'p.txt': CLEAN_PLAN.replace('完善区、街两级', '完善区、\u0000街两级') }, args: ['p.txt'] },
  'file-pdf-renamed': { files: { 'p.txt': '%PDF-1.7\n%âãÏÓ\n1 0 obj' }, args: ['p.txt'] },
  'glob-invalid-range': { files: { 'p.txt': CLEAN_PLAN }, args: ['[z-a].txt'] },
  'glob-many-stars': { files: { [`${'a'.repeat(60)}.txt`]: CLEAN_PLAN }, args: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.txt'] },
  'ignore-invalid-range': { files: { '.fsplanignore': '# 存档\n[z-a]\n', 'p.txt': CLEAN_PLAN }, args: ['.'] },
  'ignore-many-stars': { files: { '.fsplanignore': '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n', [`${'a'.repeat(60)}.txt`]: CLEAN_PLAN }, args: ['.'] },
  'ignore-fifo': {
    files: { 'p.txt': CLEAN_PLAN },
    args: ['.'],
    prepare: (dir) => mkfifo(path.join(dir, '.fsplanignore')),
    skip: noFifo,
  },
  'fix-hard-link': {
    files: { '.fsplanrc.json': MARKER_ONLY, 'p.txt': PLAN },
    args: ['p.txt', '--fix'],
    prepare: (dir) => fs.linkSync(path.join(dir, 'p.txt'), path.join(dir, '副本.txt')),
    // before: p.txt was replaced by a new file and 副本.txt kept the old text
    verify: (dir) => fixedIn(path.join(dir, '副本.txt')) ?? (fs.statSync(path.join(dir, 'p.txt')).nlink === 2 ? undefined : 'the hard link was broken'),
  },
  'fix-owner': {
    files: { '.fsplanrc.json': MARKER_ONLY, 'p.txt': PLAN },
    args: ['p.txt', '--fix'],
    prepare: (dir) => {
      fs.chownSync(path.join(dir, 'p.txt'), 65534, 65534);
      fs.chmodSync(path.join(dir, 'p.txt'), 0o640);
    },
    skip: () => (isRoot() ? undefined : 'only root can give a file to nobody:nogroup'),
    // before: the file became root:root
    verify: (dir) => fixedIn(path.join(dir, 'p.txt')) ?? (ownerOf(path.join(dir, 'p.txt')) === '65534:65534 640' ? undefined : `owner and mode now ${ownerOf(path.join(dir, 'p.txt'))}`),
  },
  'fix-utf16-lone-surrogate': {
    files: { '.fsplanrc.json': MARKER_ONLY, 'p.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.replace('结合我区实际', '结合我区\ud800实际'), 'utf16le')]) },
    args: ['p.txt', '--fix'],
    // before: the lone surrogate, on a line no fix touches, was written back as U+FFFD
    verify: (dir) => {
      const want = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN_PLAN.replace('结合我区实际', '结合我区\ud800实际'), 'utf16le')]);
      return fs.readFileSync(path.join(dir, 'p.txt')).equals(want) ? undefined : 'bytes outside the fixes changed';
    },
  },
  'fix-folder-not-writable': {
    // nobody's file in root's folder: a temporary file cannot be created next to it, so the fix is written in place (issue #17, item 5: before, a bare EACCES)
    files: { '.fsplanrc.json': MARKER_ONLY, 'p.txt': PLAN },
    args: ['p.txt', '--fix'],
    asNobody: true,
    prepare: (dir) => {
      fs.chmodSync(dir, 0o755);
      fs.chownSync(path.join(dir, 'p.txt'), 65534, 65534);
    },
    skip: noRunuser,
    verify: (dir) => fixedIn(path.join(dir, 'p.txt')) ?? (ownerOf(path.join(dir, 'p.txt')).startsWith('65534:65534 ') ? undefined : `owner now ${ownerOf(path.join(dir, 'p.txt'))}`),
  },
  'fix-disk-full': {
    // the plan on a full 16 KB disk, and the fix makes it longer: “no space”, not a permission problem, and the file is kept (item 5)
    files: { '.fsplanrc.json': '{ "rules": { "punctuation/half-width": "error" } }' },
    args: ['小磁盘/p.txt', '--fix'],
    prepare: (dir) => {
      const reason = mountTiny(dir);
      if (reason) throw new Error(reason);
      const file = path.join(dir, '小磁盘', 'p.txt');
      fs.writeFileSync(file, CLEAN_PLAN.replace('结合我区实际', '结合我区实际(试行)'));
      // fill the rest of the disk
      const fd = fs.openSync(path.join(dir, '小磁盘', '占满.bin'), 'w');
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(1024));
      } catch {
        // ENOSPC: full
      } finally {
        fs.closeSync(fd);
      }
    },
    verify: (dir) => (fs.readFileSync(path.join(dir, '小磁盘', 'p.txt'), 'utf8') === CLEAN_PLAN.replace('结合我区实际', '结合我区实际(试行)') ? undefined : 'the plan changed on a full disk'),
    cleanup: (dir) => void spawnSync('umount', [path.join(dir, '小磁盘')]),
    skip: () => {
      if (!isRoot()) return 'only root can mount a small disk';
      const dir = tempDir();
      try {
        const reason = mountTiny(dir);
        spawnSync('umount', [path.join(dir, '小磁盘')]);
        return reason;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  'reference-folder-hostile': {
    // referenceFolders naming a device, and a folder where the file named like the cited plan is 200 MB and another is a pipe: skipped, not read (item 3: before, read whole)
    files: { '.fsplanrc.json': '{ "referenceFolders": ["/dev/zero", "参考"] }', 'p.txt': CLEAN_PLAN },
    args: ['p.txt'],
    prepare: (dir) => {
      fs.mkdirSync(path.join(dir, '参考'));
      sparse(path.join(dir, '参考', '天津市2025年食品安全监督管理计划.txt'), 200 * 1024 * 1024);
      mkfifo(path.join(dir, '参考', '天津市2025年食品安全监督管理计划（修订稿）.txt'));
    },
    skip: noFifo,
  },
  'file-one-character-run': {
    // 1 MB of one character (the old notes reader read a 300-character window per unclosed bracket: seconds); test/property/runs.test.ts bounds every such run (item 11)
    files: { 'p.txt': '('.repeat(1024 * 1024) },
    args: ['p.txt'],
  },
  'docx-not-zip': { files: { 'p.docx': '这不是 Word 文档' }, args: ['p.docx'] },
  'docx-bomb': { files: { 'p.docx': writeZip([{ name: 'word/document.xml', data: Buffer.alloc(70 * 1024 * 1024, 0x20) }]) }, args: ['p.docx'] },
  'docx-no-document': { files: { 'p.docx': writeZip([{ name: 'readme.txt', data: 'x' }]) }, args: ['p.docx'] },
  'docx-numbering-huge': {
    // 50 numbered paragraphs whose counter starts at 10^12 with a marker of 200 × %1 (upper Roman): capped like Word
    files: {
      'p.docx': makeDocx({
        // and 50 more with lower-case letters (before the caps: “Invalid string length”)
        paragraphs: [{ text: '红桥区2025年食品安全监督管理计划' }, ...Array.from({ length: 100 }, (_, i) => ({ text: '加强监管。（区市场监管局负责）', numId: 1 + (i % 2), ilvl: 0 }))],
        numbering: {
          1: [{ ilvl: 0, numFmt: 'upperRoman', lvlText: '%1'.repeat(200), start: 1e12 }],
          2: [{ ilvl: 0, numFmt: 'lowerLetter', lvlText: '%1'.repeat(200), start: 1e12 }],
        },
      }),
    },
    args: ['p.docx'],
  },
  'docx-text-over-limit': {
    files: { '.fsplanrc.json': '{ "maxFileSize": "4KB" }', 'p.docx': docxFromText(CLEAN_PLAN.repeat(20)) },
    args: ['p.docx'],
  },
  'docx-xml-unclosed': {
    // a valid paragraph, then 250,000 unclosed comments
    files: {
      'p.docx': writeZip([
        { name: 'word/document.xml', data: `<w:document><w:body>${CLEAN_PLAN.split('\n').map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')}${'<!--'.repeat(250_000)}` },
      ]),
    },
    args: ['p.docx'],
  },
  // ---- documents
  'doc-no-title': { files: { 'p.txt': CLEAN_PLAN.split('\n').slice(2).join('\n') }, args: ['p.txt'] },
  'doc-no-numbering': { files: { 'p.txt': '红桥区2025年食品安全监督管理计划\n\n加强食品安全监管，落实各方责任。\n' }, args: ['p.txt'] },
  'doc-only-notice': { files: { 'p.txt': NOTICE }, args: ['p.txt'] },
  'doc-municipal-as-district': { files: { '天津市2025年计划.txt': MUNICIPAL, '天津市2024年计划.txt': MUNICIPAL_2024 }, args: ['天津市2025年计划.txt', '--municipal', '天津市2024年计划.txt'] },
  'doc-unknown-jurisdiction': { files: { 'p.txt': CLEAN_PLAN.replace(/红桥区/g, '某某县').replace(/天津市/g, '某某市') }, args: ['p.txt'] },
  'doc-heading-lost-marker': {
    // 指导思想 lost its 一、 and 二、工作目标 follows: the fix inserts 一、, the later chapters keep their numbers (issue #17, numbering fixes)
    files: { 'p.txt': LOST_MARKER },
    args: ['p.txt', '--fix-dry-run'],
  },
  'doc-numbering-per-chapter': {
    // the task chapter numbers on across （一）…（三）, 组织实施 restarts at 1. under each （一）: both accepted (issue #17, numbering fixes)
    files: { 'p.txt': PER_CHAPTER },
    args: ['p.txt'],
  },
  'doc-title-without-jurisdiction': { files: { 'p.txt': CLEAN_PLAN.replace('红桥区2025年食品安全监督管理计划', '2025年食品安全监督管理计划') }, args: ['p.txt'] },
};

/** Runs one case in a fresh folder; `undefined` with the reason when it cannot run here. */
export async function runCase(id: string): Promise<(CliResult & { problem?: string }) | { skipped: string }> {
  const setup = CASES[id];
  const reason = setup.skip?.();
  if (reason) return { skipped: reason };
  const dir = tempDir(setup.files ?? {});
  try {
    setup.prepare?.(dir);
    const argv = setup.argv ?? ['check', ...setup.args];
    let r: CliResult;
    if (setup.asNobody) {
      const p = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, distCli, ...argv], { cwd: dir, encoding: 'utf8' });
      r = { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
    } else r = await cli(argv, { cwd: dir, stdin: setup.stdin });
    const problem = setup.verify?.(dir);
    return problem ? { ...r, problem } : r;
  } finally {
    setup.cleanup?.(dir);
    for (const f of fs.readdirSync(dir)) {
      try {
        fs.chmodSync(path.join(dir, f), 0o755);
      } catch {
        // a pipe or a file already gone
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
