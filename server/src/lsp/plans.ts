// Which open documents are plans, and which are config files.
import * as path from 'node:path';
import * as url from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../core/engine/config-file';

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return url.fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(file: string): string {
  return url.pathToFileURL(file).href;
}

export function isConfigDocument(doc: TextDocument): boolean {
  return path.posix.basename(doc.uri) === CONFIG_FILE || path.basename(filePathOf(doc.uri) ?? '') === CONFIG_FILE;
}

/** A plan: language fsplan, or a .txt / .fsplan file (clients without our language id). */
export function isPlanDocument(doc: TextDocument): boolean {
  if (isConfigDocument(doc)) return false;
  if (doc.languageId === 'fsplan') return true;
  return /\.(txt|fsplan)$/i.test(doc.uri);
}

/** Text and version of an open document. */
export function openText(documents: TextDocuments<TextDocument>, uri: string): { text: string; version: number } | undefined {
  const d = documents.get(uri);
  return d && { text: d.getText(), version: d.version };
}
