// npm run gen:review-screenshot — docs/images/review.png: `fsplan review` on
// the sample district plan, opened and converted by LibreOffice (XHTML export,
// where LibreOffice writes each comment with its author next to the text it
// is anchored on), the comments laid out in the right margin and rendered in
// headless Chromium. LibreOffice 7.6+ can put comments in the margin of a PDF
// itself (ExportNotesInMargin); Debian bookworm ships 7.4, hence the XHTML
// route. Needs soffice (libreoffice-writer-nogui) and Chromium.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../server/src/cli/run';
import { CHROMIUM_MISSING, findChromium, launch, openFile } from '../test/support/chromium';
import { convert, SOFFICE_MISSING, sofficePath } from '../test/support/soffice';

const root = path.join(__dirname, '..');
const target = path.join(root, 'docs', 'images', 'review.png');

const MARGIN_CSS = `<style>
body { width: 620px !important; max-width: 620px !important; margin: 24px 0 24px 40px !important; padding-right: 0 !important; font-family: "Noto Serif CJK SC", serif; font-size: 17px; line-height: 1.9; }
p { margin: 0 !important; width: 620px !important; }
.annotation_style_by_filter { position: absolute; left: 690px; width: 320px; font-size: 0 !important; line-height: 1.45; background: #fff4c2 !important; border-left: 3px solid #d9a400; padding: 4px 8px; margin-bottom: 6px; }
.annotation_style_by_filter br, .annotation_style_by_filter span[title="dc:date"] { display: none; }
.annotation_style_by_filter span { font-size: 12.5px !important; display: block; font-family: "Noto Sans CJK SC", sans-serif; }
.annotation_style_by_filter span[title="dc:creator"] { font-weight: bold; color: #7a5a00; }
</style>`;

async function main(): Promise<void> {
  const exe = findChromium();
  if (!exe) throw new Error(CHROMIUM_MISSING);
  if (!sofficePath()) throw new Error(SOFFICE_MISSING);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-review-shot-'));
  try {
    for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(dir, f));
    const out = path.join(dir, '审核稿.docx');
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d));
    await run(['review', path.join(dir, '河北区2025年食品安全监督管理计划.txt'), '--out', out], { cwd: dir, stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: { SOURCE_DATE_EPOCH: '1767225600' } });
    if (!fs.existsSync(out)) throw new Error(err);
    const html = convert(out, 'html:XHTML Writer File:UTF8', dir);
    // from the first chapter on, blank lines dropped: the part with findings
    let page = fs.readFileSync(html, 'utf8').replace('</head>', `${MARGIN_CSS}</head>`);
    page = page.replace(/<p[^>]*>(?:\s|<br\/>|<span[^>]*>\s*<\/span>)*<\/p>/g, '');
    fs.writeFileSync(html, page);
    const browser = await launch(exe, { width: 1100, height: 1400 });
    try {
      const { page: tab } = await openFile(browser, html);
      // each comment in the margin at the height of its anchor, below the previous one
      await tab.evaluate(`(() => {
        let bottom = 0;
        for (const el of document.querySelectorAll('.annotation_style_by_filter')) {
          const marker = document.createElement('span');
          el.parentNode.insertBefore(marker, el);
          const top = Math.max(marker.getBoundingClientRect().top + window.scrollY - 4, bottom + 6);
          el.style.top = top + 'px';
          bottom = top + el.getBoundingClientRect().height;
        }
      })()`);
      const tmp = `${target}.tmp.png`;
      await tab.screenshot({ path: tmp, clip: { x: 0, y: 600, width: 1040, height: 980 } });
      fs.renameSync(tmp, target);
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${path.relative(root, target)}: updated`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
