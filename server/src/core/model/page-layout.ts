// Layout facts of a Word document, as plain data the `format` rules read
// from LintEnvironment.layout. Produced by docx/layout.ts (for the CLI, the
// language server and the browser page alike) with style inheritance and
// theme fonts resolved; absent for text inputs, so the format rules stay
// silent there. Offsets are UTF-16 offsets into the
// checked text, like every span of the model.

export interface RunLayout {
  /** Range in the checked text. */
  start: number;
  end: number;
  /** East Asian font as resolved (theme fonts mapped); undefined when nothing sets one. */
  font?: string;
  /** Font size in points; undefined when nothing sets one. */
  size?: number;
}

export interface LineSpacing {
  /** exact: fixed (固定值); atLeast: 最小值; auto: a multiple of single spacing (倍数). */
  rule: 'exact' | 'atLeast' | 'auto';
  /** Points for exact/atLeast, the multiple for auto. */
  value: number;
}

export interface ParagraphLayout {
  /** Range of the paragraph in the checked text. */
  start: number;
  end: number;
  runs: RunLayout[];
  lineSpacing?: LineSpacing;
  /** Inside a table cell. */
  inTable: boolean;
  /** Index into DocLayout.sections. */
  section: number;
}

export interface SectionLayout {
  /** Page size and margins in millimetres; undefined when the document does not set them. */
  pageWidth?: number;
  pageHeight?: number;
  margins?: { top: number; bottom: number; left: number; right: number };
  /** First paragraph (index into DocLayout.paragraphs) of the section. */
  firstParagraph: number;
}

export interface DocLayout {
  paragraphs: ParagraphLayout[];
  sections: SectionLayout[];
}
