/**
 * The readable text of a page, as speech (指读, 连读) and the 大字幕 bar need it: text in
 * reading order, grouped by the block it belongs to (heading, paragraph, list item…),
 * with a way back from a piece of that text to a DOM Range for highlighting.
 * Hidden text (hidden, aria-hidden, display: none) is never read or shown.
 */
import { splitSentences, type SentenceSpan } from "./sentences";

export const BLOCK_SELECTOR = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote,pre,legend,summary,label";
/** What 指读 reads as a whole when it is pointed at or focused. */
const POINTABLE_SELECTOR = `a[href],button,[role=button],${BLOCK_SELECTOR}`;
const NEVER_READ = "[hidden],[aria-hidden='true'],script,style,noscript,template";

interface Piece {
  node: Text;
  /** Where the node's text starts in the chunk text. */
  start: number;
}

/** The text of one block, with the text nodes it came from. */
export interface TextChunk {
  block: Element;
  text: string;
  pieces: Piece[];
}

/** A sentence ready to be read aloud, with the DOM range it covers. */
export interface ReadableSentence {
  text: string;
  range: Range;
}

function isRendered(element: Element): boolean {
  if (element.closest(NEVER_READ)) return false;
  // jsdom has no layout; browsers answer checkVisibility for display, visibility and content-visibility.
  return typeof element.checkVisibility !== "function" || element.checkVisibility({ visibilityProperty: true });
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The blocks of `root` in reading order, each with its text. */
export function readableChunks(root: Element): TextChunk[] {
  const chunks: TextChunk[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let current: TextChunk | undefined;
  let lastParent: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || !isRendered(parent)) continue;
    const found = parent.closest(BLOCK_SELECTOR);
    const block = found && root.contains(found) ? found : root;
    if (!current || current.block !== block) {
      current = { block, text: "", pieces: [] };
      chunks.push(current);
    } else if (lastParent !== parent && /\S$/.test(current.text) && /^\S/.test(node.data)) {
      // Two elements in one block (e.g. a label span and a title span): keep the words apart.
      const boxed = (element: Element | null) => element !== block && isBlockish(element);
      if (boxed(lastParent) || boxed(parent)) current.text += " ";
    }
    current.pieces.push({ node, start: current.text.length });
    current.text += node.data;
    lastParent = parent;
  }
  return chunks;
}

function isBlockish(element: Element | null): boolean {
  if (!element) return false;
  const view = element.ownerDocument.defaultView;
  const display = view ? view.getComputedStyle(element).display : "";
  return display !== "" && !display.startsWith("inline");
}

/** The DOM range covering chunk.text.slice(start, end). */
export function rangeOf(chunk: TextChunk, start: number, end: number): Range {
  const range = chunk.block.ownerDocument.createRange();
  const locate = (offset: number, preferNext: boolean) => {
    let chosen = chunk.pieces[0] as Piece;
    for (const piece of chunk.pieces) {
      const pieceEnd = piece.start + piece.node.data.length;
      if (piece.start <= offset && (offset < pieceEnd || (!preferNext && offset === pieceEnd))) return { piece, offset };
      if (piece.start > offset) return { piece, offset: piece.start };
      chosen = piece;
    }
    return { piece: chosen, offset: chosen.start + chosen.node.data.length };
  };
  const from = locate(start, true);
  const to = locate(end, false);
  range.setStart(from.piece.node, from.offset - from.piece.start);
  range.setEnd(to.piece.node, to.offset - to.piece.start);
  return range;
}

/** 连读: every sentence of `root` in reading order, from `from` (an element inside root) when given. */
export function readableSentences(root: Element, locale: string, from?: Element | null): ReadableSentence[] {
  const chunks = readableChunks(root).filter(
    (chunk) => !from || chunk.block === from || !(from.compareDocumentPosition(chunk.block) & Node.DOCUMENT_POSITION_PRECEDING),
  );
  return chunks.flatMap((chunk) =>
    splitSentences(chunk.text, locale).map((span: SentenceSpan) => ({
      text: collapse(span.text),
      range: rangeOf(chunk, span.start, span.end),
    })),
  );
}

/** 指读: the text of what is pointed at or focused (a link, a button, a paragraph…). */
export function pointedText(target: EventTarget | null): string {
  if (!target || typeof (target as Element).closest !== "function") return "";
  const element = (target as Element).closest(POINTABLE_SELECTOR);
  if (!element || !isRendered(element)) return "";
  const label = element.getAttribute("aria-label");
  if (label) return collapse(label);
  return collapse(
    readableChunks(element)
      .map((chunk) => chunk.text)
      .join(" "),
  );
}

/** 大字幕: the sentence under the pointer, or, failing that, the text of what is pointed at. */
export function sentenceAtPoint(doc: Document, x: number, y: number, locale: string): string {
  const caret = caretAt(doc, x, y);
  const node = caret?.node;
  if (node && node.nodeType === Node.TEXT_NODE && node.parentElement) {
    const block = node.parentElement.closest(BLOCK_SELECTOR);
    if (block && isRendered(block)) {
      const chunk = readableChunks(block).find((candidate) => candidate.pieces.some((piece) => piece.node === node));
      const piece = chunk?.pieces.find((candidate) => candidate.node === node);
      if (chunk && piece) {
        const offset = piece.start + caret.offset;
        const sentence = splitSentences(chunk.text, locale).find((span) => span.start <= offset && offset <= span.end);
        if (sentence) return collapse(sentence.text);
      }
    }
  }
  return pointedText(doc.elementFromPoint(x, y));
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
