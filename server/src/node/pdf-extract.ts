// Child-process entry (bundled as dist/pdf.mjs, run only when a PDF is
// given): reads PDF bytes on stdin, writes the text of each page as JSON
// after a marker line (PDF.js may print warnings before it). Errors are
// reported as data: 'password' (encrypted), 'invalid' (not a PDF or damaged).
import { extractText, getDocumentProxy } from 'unpdf';

const PDF_MARKER = '\n@@fsplan-pdf@@\n';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function main(): Promise<void> {
  let out: unknown;
  try {
    const pdf = await getDocumentProxy(await readStdin(), { verbosity: 0, isEvalSupported: false });
    const { text } = await extractText(pdf, { mergePages: false });
    out = { ok: true, pages: text };
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    out = { ok: false, reason: name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' || name === 'FormatError' ? 'invalid' : 'other', detail: String((e as Error)?.message ?? e) };
  }
  process.stdout.write(PDF_MARKER + JSON.stringify(out));
}

void main();
