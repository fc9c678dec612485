// Text of a PDF plan. PDF.js (through unpdf) is large and asynchronous, so it
// runs in a child process from its own bundle (dist/pdf.mjs), started only
// when a PDF is given: the CLI stays small and synchronous, and the VS Code
// extension never ships it. Pages are joined with line breaks; hard wraps and
// page numbers are then handled by the model like any PDF-extracted .txt.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class PdfError extends Error {}

const MARKER = '\n@@fsplan-pdf@@\n';

function command(): string[] | undefined {
  // next to the CLI bundle; from the sources (tests), the built bundle when there is one
  for (const bundled of [path.join(__dirname, 'pdf.mjs'), path.join(__dirname, '..', '..', '..', 'dist', 'pdf.mjs')]) if (fs.existsSync(bundled)) return [bundled];
  const source = path.join(__dirname, 'pdf-extract.ts');
  if (fs.existsSync(source)) return ['--import', 'tsx', source]; // tests run the sources
  return undefined;
}

export function pdfText(bytes: Buffer): string {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new PdfError('不是有效的 PDF 文件（缺少 PDF 文件头），文件可能已损坏或扩展名有误');
  const cmd = command();
  if (!cmd) throw new PdfError('这个版本的 fsplan 不含 PDF 读取组件。请用命令行版 fsplan 读取 PDF，或从 PDF 复制文字另存为 .txt');
  let raw: string;
  try {
    raw = execFileSync(process.execPath, cmd, { input: bytes, maxBuffer: 512 * 1024 * 1024, timeout: 180_000, stdio: ['pipe', 'pipe', 'ignore'], encoding: 'utf8' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { signal?: string };
    throw new PdfError(err.signal === 'SIGTERM' ? 'PDF 读取超时（3 分钟），文件可能过大或已损坏' : `PDF 读取组件出错（${err.code ?? err.message}）`);
  }
  const at = raw.lastIndexOf(MARKER);
  const result = at >= 0 ? (JSON.parse(raw.slice(at + MARKER.length)) as { ok: boolean; pages?: string[]; reason?: string }) : { ok: false, reason: 'other' };
  if (!result.ok) {
    if (result.reason === 'password') throw new PdfError('PDF 已加密（需要密码），无法读取文字。请提供未加密的 PDF、Word 原稿，或复制文字另存为 .txt');
    if (result.reason === 'invalid') throw new PdfError('不是有效的 PDF 文件，文件可能已损坏。请重新下载或另存后再试');
    throw new PdfError('无法读取这个 PDF 的文字，文件可能已损坏。请重新下载，或复制文字另存为 .txt');
  }
  const pages = result.pages ?? [];
  const text = pages.join('\n');
  if (!text.replace(/\s/g, '')) {
    throw new PdfError(`PDF 中没有文字（共 ${pages.length} 页，可能是扫描件或图片）。请提供 Word 原稿或文字版 PDF，或先做文字识别（OCR）后另存为 .txt`);
  }
  return text;
}
