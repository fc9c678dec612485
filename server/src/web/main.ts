// The browser page (dist/fsplan-web.html): paste or drop a plan, see the
// findings beside the text, read each rule's explanation, apply fixes,
// compare with the municipal plan, print or download a report. Everything
// runs in the page; nothing is sent anywhere (the page's CSP forbids it).
import ruleDocs from 'fsplan:rule-docs';
import pkg from '../../../package.json';
import { applyEdits } from '../core/engine/fix';
import { dominantEol, withEol } from '../core/engine/fix-plan';
import { CATEGORIES, CATEGORY_LABELS, Finding, Severity, TextEdit } from '../core/engine/types';
import type { PlanDocument } from '../core/model/document';
import type { DocLayout } from '../core/model/page-layout';
import { LineIndex } from '../core/model/positions';
import { comparison, renderReport } from '../report/page';
import { buildPlanReport, PlanInput, PlanReport } from '../report/model';
import { RULE_MAP, RULES } from '../rules';
import {
  asJson,
  checkPlan,
  ConfigError,
  EMPTY_SETTINGS,
  EngineSetup,
  fixPlan,
  MunicipalFileError,
  NamedText,
  parseConfigText,
  parseMunicipal,
  parseRegistryFile,
  setupEngine,
  WebSettings,
} from './engine';
import { renderMarkdown } from './markdown';
import { planFromBytes, ReadPlan, readJsonFile, readPlanFile } from './read';
import { SourceError } from '../input/source';
import { encodeForDownload } from './download';
import { ReviewError, reviewPlan, reviewSummary } from './review';

const VERSION: string = pkg.version;
const STORAGE_KEY = 'fsplan.web.settings';
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

// ---------------------------------------------------------------- settings

function loadSettings(): WebSettings {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return { ...EMPTY_SETTINGS, rules: {} };
    const v = JSON.parse(raw) as Partial<WebSettings>;
    const named = (x: unknown): NamedText | undefined =>
      x && typeof x === 'object' && typeof (x as NamedText).name === 'string' && typeof (x as NamedText).text === 'string' ? (x as NamedText) : undefined;
    const rules: Record<string, 'on' | 'off'> = {};
    for (const [k, s] of Object.entries(v.rules ?? {})) if (s === 'on' || s === 'off') rules[k] = s;
    return { jurisdiction: typeof v.jurisdiction === 'string' ? v.jurisdiction : undefined, rules, config: named(v.config), registry: named(v.registry) };
  } catch {
    return { ...EMPTY_SETTINGS, rules: {} };
  }
}

function saveSettings(s: WebSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    status('浏览器不允许保存设置（本地存储不可用），设置只在本次打开页面期间有效');
  }
}

// ---------------------------------------------------------------- state

interface State {
  settings: WebSettings;
  setup: EngineSetup;
  /** Why the stored settings could not all be used (Chinese). */
  settingsError?: string;
  name: string;
  kind: ReadPlan['kind'];
  encoding?: ReadPlan['encoding'];
  text: string;
  /** The opened Word document: its bytes (annotated by the review download while the text is unchanged), text and layout. */
  docx?: { bytes: Uint8Array; text: string; layout?: DocLayout };
  doc?: PlanDocument;
  findings: Finding[];
  report?: PlanReport;
  municipal?: { name: string; doc: PlanDocument };
  selected: number;
  undo: string[];
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

const state: State = {
  settings: loadSettings(),
  setup: setupEngine(EMPTY_SETTINGS),
  name: '粘贴的计划.txt',
  kind: 'text',
  text: '',
  findings: [],
  selected: -1,
  undo: [],
};

function applySettings(): void {
  try {
    state.setup = setupEngine(state.settings);
    state.settingsError = undefined;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // a stored file that is no longer valid (a newer rule set): run without it, say so
    state.settingsError = e.message;
    state.setup = setupEngine({ ...state.settings, config: undefined, registry: undefined });
  }
}

// ---------------------------------------------------------------- helpers

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function status(message: string): void {
  $('#status').textContent = message;
}

function showError(message: string): void {
  const box = $('#error');
  box.textContent = message;
  box.hidden = !message;
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function stem(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

// ---------------------------------------------------------------- checking

function check(): void {
  if (!state.text.trim()) {
    state.doc = undefined;
    state.findings = [];
    state.report = undefined;
    render();
    return;
  }
  const r = checkPlan(state.setup, { text: state.text, fileName: state.name, kind: state.kind, municipal: state.municipal, layout: openedDocx()?.layout });
  state.doc = r.doc;
  state.findings = r.findings;
  const input: PlanInput = { file: state.name, kind: state.kind, text: state.text, doc: r.doc, findings: r.findings };
  if (state.municipal) input.municipal = { file: state.municipal.name, doc: state.municipal.doc, source: 'page' };
  state.report = buildPlanReport(input, 1);
  if (state.selected >= state.findings.length) state.selected = state.findings.length - 1;
  render();
}

/** The opened Word document while the text is still its text (an edited text is reviewed as a new document). */
function openedDocx(): State['docx'] {
  return state.kind === 'docx' && state.docx?.text === state.text ? state.docx : undefined;
}

function setText(text: string, remember = true): void {
  if (remember && text !== state.text) {
    state.undo.push(state.text);
    if (state.undo.length > 50) state.undo.shift();
  }
  state.text = text;
  ($('#plan-input') as HTMLTextAreaElement).value = text;
  check();
}

// ---------------------------------------------------------------- rendering

function render(): void {
  renderSummary();
  renderText();
  renderFindings();
  renderComparison();
  renderSettings();
  ($('#undo') as HTMLButtonElement).disabled = !state.undo.length;
  const fixable = state.findings.some((f) => f.fix);
  ($('#fix-all') as HTMLButtonElement).disabled = !fixable || state.kind === 'docx';
  for (const id of ['#download-text', '#print', '#download-report', '#download-review']) ($(id) as HTMLButtonElement).disabled = !state.text.trim();
}

function renderSummary(): void {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of state.findings) c[f.severity]++;
  const title = state.doc?.front.planTitle?.text;
  $('#plan-name').textContent = title ? `${title}（${state.name}）` : state.name;
  $('#counts').textContent = state.text.trim()
    ? state.findings.length
      ? `${state.findings.length} 个问题：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示；${state.findings.filter((f) => f.fix).length} 个可自动修复`
      : '未发现问题'
    : '尚未载入计划';
}

/** The plan text with every finding's range highlighted (empty ranges as a caret). */
function renderText(): void {
  const view = $('#plan-view');
  view.textContent = '';
  const text = state.text;
  if (!text) return;
  const points = new Set<number>([0, text.length]);
  for (const f of state.findings) {
    points.add(f.start);
    points.add(f.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  // findings by start, to know which cover each segment
  const order = state.findings.map((_, i) => i).sort((a, b) => state.findings[a].start - state.findings[b].start);
  const carets = new Map<number, number[]>();
  state.findings.forEach((f, i) => {
    if (f.start === f.end) carets.set(f.start, [...(carets.get(f.start) ?? []), i]);
  });
  const frag = document.createDocumentFragment();
  const active: number[] = [];
  let next = 0;
  const firstMark = new Set<number>();
  for (let k = 0; k < cuts.length - 1; k++) {
    const a = cuts[k];
    const b = cuts[k + 1];
    for (const i of carets.get(a) ?? []) {
      const caret = el('span', { class: `caret ${state.findings[i].severity}`, 'data-f': String(i), id: `hl-${i}`, title: state.findings[i].message }, '▏');
      frag.append(caret);
      firstMark.add(i);
    }
    while (next < order.length && state.findings[order[next]].start <= a) {
      const i = order[next++];
      if (state.findings[i].end > state.findings[i].start) active.push(i);
    }
    for (let j = active.length - 1; j >= 0; j--) if (state.findings[active[j]].end <= a) active.splice(j, 1);
    const piece = text.slice(a, b);
    if (!active.length) {
      frag.append(piece);
      continue;
    }
    const worst = active.map((i) => state.findings[i].severity).sort((x, y) => sevRank(x) - sevRank(y))[0];
    const mark = el('mark', { class: worst, 'data-f': active.join(' '), title: active.map((i) => state.findings[i].message).join('\n') }, piece);
    for (const i of active)
      if (!firstMark.has(i)) {
        firstMark.add(i);
        if (!mark.id) mark.id = `hl-${i}`;
        else mark.setAttribute('data-first', `${mark.getAttribute('data-first') ?? ''} ${i}`.trim());
      }
    frag.append(mark);
  }
  for (const i of carets.get(text.length) ?? []) frag.append(el('span', { class: `caret ${state.findings[i].severity}`, 'data-f': String(i), id: `hl-${i}` }, '▏'));
  view.append(frag);
  markSelected();
}

function sevRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function markSelected(): void {
  for (const m of document.querySelectorAll('#plan-view .current')) m.classList.remove('current');
  if (state.selected < 0) return;
  const key = String(state.selected);
  for (const m of document.querySelectorAll<HTMLElement>('#plan-view [data-f]')) if ((m.dataset.f ?? '').split(' ').includes(key)) m.classList.add('current');
}

function whereOf(f: Finding, index: LineIndex): string {
  const p = index.position(f.start);
  return state.kind === 'docx' ? `第 ${p.line + 1} 段` : `第 ${p.line + 1} 行第 ${p.character + 1} 列`;
}

function renderFindings(): void {
  const list = $('#findings');
  list.textContent = '';
  if (!state.text.trim()) {
    list.append(el('li', { class: 'empty' }, '把计划全文粘贴到左侧，或把 .txt / .docx 文件拖到页面上。'));
    return;
  }
  if (!state.findings.length) {
    list.append(el('li', { class: 'empty ok' }, '未发现问题。'));
    return;
  }
  const index = new LineIndex(state.text);
  state.findings.forEach((f, i) => {
    const item = el('button', { class: `finding ${f.severity}`, type: 'button', 'data-index': String(i), 'aria-current': String(i === state.selected) });
    item.append(
      el('span', { class: `badge ${f.severity}` }, SEVERITY_LABEL[f.severity]),
      ' ',
      el('span', { class: 'where' }, whereOf(f, index)),
      el('span', { class: 'message' }, f.message),
      el('span', { class: 'rule' }, f.ruleId),
    );
    item.addEventListener('click', () => select(i, true));
    const li = el('li', {}, item);
    const actions = el('div', { class: 'actions' });
    if (f.fix && state.kind === 'text') {
      const b = el('button', { type: 'button', class: 'fix' }, `修复：${f.fix.title}`);
      b.addEventListener('click', () => applyFix(f.fix!.edits, `已修复：${f.fix!.title}`));
      actions.append(b);
    }
    if (state.kind === 'text')
      for (const s of f.suggestions ?? []) {
        const b = el('button', { type: 'button', class: 'suggestion' }, `建议：${s.title}`);
        b.addEventListener('click', () => applyFix(s.edits, `已采用建议：${s.title}`));
        actions.append(b);
      }
    if (actions.childNodes.length) li.append(actions);
    list.append(li);
  });
}

function applyFix(edits: readonly TextEdit[], message: string): void {
  const eol = dominantEol(state.text);
  const [f] = withEol([{ ruleId: '', severity: 'info', message: '', start: 0, end: 0, fix: { title: '', edits: [...edits] } }], eol);
  setText(applyEdits(state.text, f.fix!.edits));
  status(message);
}

function select(i: number, scroll: boolean): void {
  state.selected = i;
  for (const b of document.querySelectorAll<HTMLElement>('#findings button.finding')) b.setAttribute('aria-current', String(b.dataset.index === String(i)));
  markSelected();
  const f = state.findings[i];
  if (!f) return;
  showRuleDoc(f.ruleId);
  if (scroll) {
    showView();
    const target = document.getElementById(`hl-${i}`) ?? document.querySelector(`#plan-view [data-first~="${i}"]`);
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}

function focusFinding(i: number): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#findings button.finding')];
  if (!buttons.length) return;
  const k = Math.max(0, Math.min(buttons.length - 1, i));
  buttons[k].focus();
  select(k, true);
}

function showRuleDoc(id: string): void {
  const box = $('#rule-doc');
  box.textContent = '';
  const rule = RULE_MAP.get(id);
  box.append(el('h3', {}, `规则说明：${id}`));
  const md = ruleDocs[id];
  if (rule && !md) box.append(el('p', { class: 'lead' }, rule.description));
  if (md) {
    const body = el('div', { class: 'doc-body' });
    renderMarkdown(body, md);
    box.append(body);
  } else box.append(el('p', {}, '这条规则没有说明页。'));
  box.hidden = false;
}

function renderComparison(): void {
  const box = $('#compare-body');
  box.textContent = '';
  const m = state.municipal;
  $('#municipal-name').textContent = m ? `${m.doc.front.planTitle?.text ?? m.name}（${m.name}）` : '未选择';
  ($('#municipal-remove') as HTMLButtonElement).hidden = !m;
  const view = state.report?.comparison;
  if (!state.report || !view) {
    box.append(el('p', { class: 'notice' }, '载入计划后显示与市级计划的对比。'));
    return;
  }
  if (view.state === 'not-found') {
    const what = view.cited ? `本计划引用的《${view.cited}》` : '市级计划';
    box.append(el('p', { class: 'notice' }, `请把${what}拖到“市级计划”处（或点“选择市级计划”），即可显示指标对比表和对比图。`));
    return;
  }
  box.innerHTML = comparison(state.report, view).value; // built with the report's html tag: every text is escaped
}

function renderSettings(): void {
  const s = state.settings;
  const problems = [state.settingsError, ...state.setup.notes].filter((x): x is string => !!x);
  const box = $('#settings-notes');
  box.textContent = '';
  for (const p of problems) box.append(el('li', {}, p));
  box.hidden = !problems.length;
  $('#config-name').textContent = s.config ? s.config.name : '未使用';
  ($('#config-remove') as HTMLButtonElement).hidden = !s.config;
  $('#registry-name').textContent = s.registry ? s.registry.name : '内置天津市部门名录';
  ($('#registry-remove') as HTMLButtonElement).hidden = !s.registry;
  const enabled = new Set(state.setup.rules.map((r) => r.rule.id));
  for (const box of document.querySelectorAll<HTMLInputElement>('#rule-list input[type=checkbox]')) box.checked = enabled.has(box.value);
}

function buildRuleList(): void {
  const list = $('#rule-list');
  for (const cat of CATEGORIES) {
    const rules = RULES.filter((r) => r.category === cat);
    if (!rules.length) continue;
    const fs = el('fieldset', {}, el('legend', {}, CATEGORY_LABELS[cat]));
    for (const r of rules) {
      const box = el('input', { type: 'checkbox', value: r.id, id: `rule-${r.id.replace('/', '-')}` });
      box.addEventListener('change', () => {
        state.settings.rules[r.id] = box.checked ? 'on' : 'off';
        settingsChanged();
      });
      fs.append(el('div', { class: 'rule-row' }, box, el('label', { for: box.id }, el('code', {}, r.id), ' ', r.description)));
    }
    list.append(fs);
  }
}

function settingsChanged(): void {
  saveSettings(state.settings);
  applySettings();
  check();
}

function showView(): void {
  $('#plan-view').hidden = false;
  $('#plan-input').hidden = true;
  $('#mode-view').setAttribute('aria-pressed', 'true');
  $('#mode-edit').setAttribute('aria-pressed', 'false');
}

function showEdit(): void {
  $('#plan-view').hidden = true;
  const input = $('#plan-input') as HTMLTextAreaElement;
  input.hidden = false;
  $('#mode-view').setAttribute('aria-pressed', 'false');
  $('#mode-edit').setAttribute('aria-pressed', 'true');
  input.focus();
}

// ---------------------------------------------------------------- files

async function openPlanFile(file: File): Promise<void> {
  try {
    const plan = await readPlanFile(file);
    state.name = plan.name;
    state.kind = plan.kind;
    state.encoding = plan.encoding;
    state.docx = plan.kind === 'docx' && plan.bytes ? { bytes: plan.bytes, text: plan.text, layout: plan.layout } : undefined;
    state.undo = [];
    state.selected = -1;
    showError('');
    setText(plan.text, false);
    showView();
    status(`已载入 ${plan.name}${plan.kind === 'docx' ? '（Word 文档：位置按段落序号；请按问题清单在 Word 中修改）' : ''}`);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    showError(`${file.name}：${e.message}`);
  }
}

async function openMunicipalFile(file: File): Promise<void> {
  try {
    const plan = await readPlanFile(file);
    state.municipal = { name: plan.name, doc: parseMunicipal({ name: plan.name, text: plan.text }) };
    showError('');
    check();
    status(`已载入市级计划 ${plan.name}`);
  } catch (e) {
    if (!(e instanceof SourceError) && !(e instanceof MunicipalFileError)) throw e;
    showError(`${file.name}：${e.message}`);
  }
}

async function openSettingsFile(file: File, what: 'config' | 'registry'): Promise<void> {
  try {
    const named = { name: file.name, text: await readJsonFile(file) };
    if (what === 'config') parseConfigText(named);
    else parseRegistryFile(named);
    state.settings[what] = named;
    showError('');
    settingsChanged();
    status(what === 'config' ? `已使用配置文件 ${file.name}` : `已使用部门名录 ${file.name}`);
  } catch (e) {
    if (!(e instanceof ConfigError) && !(e instanceof SourceError)) throw e;
    showError(e.message);
  }
}

/** A dropped .json: the config when named .fsplanrc.json or holding rules/settings, else a registry. */
async function openJson(file: File): Promise<void> {
  if (/^\.?fsplanrc(\.json)?$/i.test(file.name)) return openSettingsFile(file, 'config');
  let registry = false;
  try {
    const v = JSON.parse((await readJsonFile(file)).replace(/^\uFEFF/, '')) as Record<string, unknown>;
    registry = !!v && typeof v === 'object' && 'districtLevel' in v;
  } catch {
    // invalid JSON: the config reader says where
  }
  return openSettingsFile(file, registry ? 'registry' : 'config');
}

function pick(accept: string, then: (f: File) => void): void {
  const input = el('input', { type: 'file', accept });
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) then(f);
  });
  input.click();
}

// ---------------------------------------------------------------- report

function reportHtml(): string {
  const report = state.report ?? buildPlanReport({ file: state.name, kind: state.kind, text: state.text, doc: state.doc!, findings: state.findings }, 1);
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const generated = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return renderReport({ plans: [report], problems: [], generated, version: VERSION });
}

function printReport(): void {
  // the report's body (its stylesheet is already the page's): markup built by the html tag, every text escaped
  const report = reportHtml();
  const body = /<body>([\s\S]*)<\/body>/.exec(report)?.[1] ?? '';
  $('#print-root').innerHTML = body;
  window.print();
}

// ---------------------------------------------------------------- the annotated Word document

async function downloadReview(): Promise<void> {
  if (!state.text.trim()) return;
  const button = $('#download-review') as HTMLButtonElement;
  button.disabled = true;
  status('正在生成带批注的 Word 文档…');
  try {
    const docx = openedDocx();
    const r = await reviewPlan(state.setup, { text: state.text, fileName: state.name, kind: state.kind, municipal: state.municipal, layout: docx?.layout, bytes: docx?.bytes }, new Date());
    const name = `${stem(state.name)}（审核稿）.docx`;
    download(name, r.bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const edited = state.kind === 'docx' && !docx ? '；正文已在页面中改动，审核稿按改动后的文本新建' : '';
    status(reviewSummary(name, r) + edited);
  } catch (e) {
    if (!(e instanceof ReviewError)) throw e;
    showError(e.message);
  } finally {
    button.disabled = !state.text.trim();
  }
}

// ---------------------------------------------------------------- API for tests and scripts

interface ApiOptions {
  fileName?: string;
  /** The municipal plan's text, or its text and file name. */
  municipal?: string | { text: string; fileName?: string };
}

function apiInput(text: string, o: ApiOptions = {}) {
  const fileName = o.fileName ?? '计划.txt';
  let municipal: { name: string; doc: PlanDocument } | undefined;
  if (o.municipal !== undefined) {
    const m = typeof o.municipal === 'string' ? { text: o.municipal, fileName: '市级计划.txt' } : o.municipal;
    const name = m.fileName ?? '市级计划.txt';
    municipal = { name, doc: parseMunicipal({ name, text: m.text }) };
  }
  return { text, fileName, kind: 'text' as const, municipal };
}

/** A plan for window.fsplan.review: its text, or the bytes of a file (.docx, .txt …) with its name. */
type ReviewApiInput = string | { text: string; fileName?: string } | { bytes: Uint8Array | ArrayBuffer | number[]; fileName: string };

interface ReviewApiOptions extends ApiOptions {
  /** Date of the comments and changes (ISO 8601 or milliseconds since 1970; default now), as SOURCE_DATE_EPOCH sets it for the CLI. */
  date?: string | number;
}

async function apiReview(plan: ReviewApiInput, o: ReviewApiOptions = {}): Promise<Uint8Array> {
  const date = o.date === undefined ? new Date() : new Date(o.date);
  if (Number.isNaN(date.getTime())) throw new Error(`date 不是有效的日期：${String(o.date)}`);
  if (typeof plan === 'string' || 'text' in plan) {
    const text = typeof plan === 'string' ? plan : plan.text;
    const input = apiInput(text, { ...o, fileName: o.fileName ?? (typeof plan === 'string' ? undefined : plan.fileName) });
    return (await reviewPlan(state.setup, input, date)).bytes;
  }
  const bytes = plan.bytes instanceof Uint8Array ? plan.bytes : new Uint8Array(plan.bytes);
  const read = await planFromBytes(plan.fileName, bytes);
  const input = { ...apiInput(read.text, { ...o, fileName: plan.fileName }), kind: read.kind, layout: read.layout, bytes: read.bytes };
  return (await reviewPlan(state.setup, input, date)).bytes;
}

const api = {
  version: VERSION,
  /** Findings in the shape of `fsplan check --format json`, with the page's current settings. */
  check(text: string, o?: ApiOptions) {
    const input = apiInput(text, o);
    return asJson(input, checkPlan(state.setup, input).findings);
  },
  /** The text after every safe fix, as `fsplan check --fix` writes it. */
  fix(text: string, o?: ApiOptions): string {
    return fixPlan(state.setup, apiInput(text, o)).text;
  },
  /** The annotated Word document `fsplan review` writes for the plan (a .docx annotated, text as a new document), with the page's current settings. */
  review: apiReview,
  /** The rules: id, category, default severity, fixable, description. */
  rules() {
    return RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, fixable: r.fixable, description: r.description }));
  },
};

declare global {
  interface Window {
    fsplan: typeof api;
  }
}

// ---------------------------------------------------------------- wiring

function wire(): void {
  const input = $('#plan-input') as HTMLTextAreaElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (input.value !== state.text) {
        state.undo.push(state.text);
        state.text = input.value;
        check();
      }
    }, Math.min(1500, 250 + input.value.length / 2000));
  });
  $('#check').addEventListener('click', () => {
    clearTimeout(timer);
    if (input.value !== state.text) setText(input.value);
    else check();
    showView();
    status(state.findings.length ? `检查完成：${$('#counts').textContent}` : '检查完成：未发现问题');
    document.querySelector<HTMLButtonElement>('#findings button.finding')?.focus();
  });
  $('#mode-view').addEventListener('click', () => {
    if (input.value !== state.text) setText(input.value);
    showView();
  });
  $('#mode-edit').addEventListener('click', showEdit);
  $('#open').addEventListener('click', () => pick('.txt,.fsplan,.docx,text/plain', (f) => void openPlanFile(f)));
  $('#municipal-open').addEventListener('click', () => pick('.txt,.fsplan,.docx,text/plain', (f) => void openMunicipalFile(f)));
  $('#municipal-remove').addEventListener('click', () => {
    state.municipal = undefined;
    check();
  });
  $('#fix-all').addEventListener('click', () => {
    const r = fixPlan(state.setup, { text: state.text, fileName: state.name, kind: state.kind, municipal: state.municipal });
    if (r.text === state.text) return status('没有可自动修复的问题');
    setText(r.text);
    status(`已自动修复 ${r.fixed} 处`);
  });
  $('#undo').addEventListener('click', () => {
    const prev = state.undo.pop();
    if (prev === undefined) return;
    setText(prev, false);
    status('已撤销上一次修改');
  });
  $('#download-text').addEventListener('click', () => {
    const out = encodeForDownload(state.text, state.encoding);
    download(`${stem(state.name)}（修改后）.txt`, out.bytes as BlobPart, 'text/plain;charset=utf-8');
    status(out.note ?? `已下载 ${stem(state.name)}（修改后）.txt`);
  });
  $('#download-report').addEventListener('click', () => download(`${stem(state.name)} 检查报告.html`, reportHtml(), 'text/html;charset=utf-8'));
  $('#download-review').addEventListener('click', () => void downloadReview());
  $('#print').addEventListener('click', printReport);
  const settings = $('#settings');
  $('#settings-toggle').addEventListener('click', () => {
    settings.hidden = !settings.hidden;
    $('#settings-toggle').setAttribute('aria-expanded', String(!settings.hidden));
    if (!settings.hidden) ($('#jurisdiction') as HTMLInputElement).focus();
  });
  const jurisdiction = $('#jurisdiction') as HTMLInputElement;
  jurisdiction.value = state.settings.jurisdiction ?? '';
  jurisdiction.addEventListener('change', () => {
    state.settings.jurisdiction = jurisdiction.value.trim() || undefined;
    settingsChanged();
  });
  $('#config-open').addEventListener('click', () => pick('.json,application/json', (f) => void openSettingsFile(f, 'config')));
  $('#registry-open').addEventListener('click', () => pick('.json,application/json', (f) => void openSettingsFile(f, 'registry')));
  $('#config-remove').addEventListener('click', () => {
    state.settings.config = undefined;
    settingsChanged();
  });
  $('#registry-remove').addEventListener('click', () => {
    state.settings.registry = undefined;
    settingsChanged();
  });
  $('#rules-reset').addEventListener('click', () => {
    state.settings.rules = {};
    settingsChanged();
  });

  // findings: arrows move through the list; F8 / Shift+F8 anywhere
  $('#findings').addEventListener('keydown', (e) => {
    const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('button.finding');
    if (!current) return;
    const i = Number(current.dataset.index);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: state.findings.length - 1, PageDown: i + 10, PageUp: i - 10 };
    if (e.key in moves) {
      e.preventDefault();
      focusFinding(moves[e.key]);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'F8' || !state.findings.length) return;
    e.preventDefault();
    const n = state.findings.length;
    focusFinding(state.selected < 0 ? (e.shiftKey ? n - 1 : 0) : (state.selected + (e.shiftKey ? n - 1 : 1)) % n);
  });
  // a highlight in the text selects its finding
  $('#plan-view').addEventListener('click', (e) => {
    const hit = (e.target as HTMLElement).closest<HTMLElement>('[data-f]');
    if (!hit) return;
    const ids = (hit.dataset.f ?? '').split(' ').map(Number);
    const i = ids.includes(state.selected) && ids.length > 1 ? ids[(ids.indexOf(state.selected) + 1) % ids.length] : ids[0];
    select(i, false);
    document.querySelector<HTMLElement>(`#findings button.finding[data-index="${i}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  // drag and drop anywhere; the municipal box takes the municipal plan
  const municipalBox = $('#municipal-box');
  const over = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  document.addEventListener('dragover', over);
  document.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files?.[0];
    if (!f) return;
    e.preventDefault();
    if ((e.target as HTMLElement).closest('#municipal-box')) void openMunicipalFile(f);
    else if (/\.json$/i.test(f.name) || /^\.fsplanrc/i.test(f.name)) void openJson(f);
    else void openPlanFile(f);
  });
  municipalBox.addEventListener('dragenter', () => municipalBox.classList.add('over'));
  municipalBox.addEventListener('dragleave', () => municipalBox.classList.remove('over'));
  municipalBox.addEventListener('drop', () => municipalBox.classList.remove('over'));
  window.addEventListener('afterprint', () => ($('#print-root').textContent = ''));
}

function start(): void {
  window.fsplan = api;
  buildRuleList();
  applySettings();
  wire();
  $('#version').textContent = `fsplan ${VERSION}`;
  showEdit();
  render();
  document.documentElement.dataset.ready = 'true';
}

start();
