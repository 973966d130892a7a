import { LETTERS, ocrLetterReadings, parseField, parseLabel, type FieldLine, type ItemLabel } from './labels.ts';
import { parsePhase, type PhaseLabel } from './phases.ts';
import { isAppendixHeading } from './appendix.ts';
import type { Doubt, Paragraph } from './types.ts';

/** One paragraph placed in the document's outline. */
export interface OutlineNode {
  kind: 'root' | 'appendix' | 'roman' | 'number' | 'letter' | 'bullet' | 'text';
  /** The label as printed, when the paragraph opens with one. */
  label: ItemLabel | null;
  /** The label used in section paths: as printed, except OCR misreadings restored ("¢" → "c", a second "d" → "đ"). */
  key: string;
  /** The paragraph text after its label. */
  text: string;
  para: Paragraph;
  /** The document numbering down to this node: "III.2.đ" (bullets and text take their parent's). */
  section: string;
  field: FieldLine | null;
  phase: PhaseLabel | null;
  children: OutlineNode[];
  parent: OutlineNode | null;
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const BULLET_RANK: Record<string, number> = { '-': 20, '+': 21, '•': 22, '*': 23 };

function rankOf(n: OutlineNode): number {
  switch (n.kind) {
    case 'root':
      return -2;
    case 'appendix':
      return -1;
    case 'roman':
      return 0;
    case 'number':
      return n.key.split('.').length;
    case 'letter':
      return 10;
    case 'bullet':
      return BULLET_RANK[n.key] ?? 24;
    default:
      return 100;
  }
}

function nextLetter(l: string | null): string {
  if (l === null) return 'a';
  const i = LETTERS.indexOf(l);
  return i < 0 || i + 1 >= LETTERS.length ? '?' : LETTERS[i + 1]!;
}

/**
 * Places every paragraph in the outline: Roman sections > numbered items (by depth: "1." > "1.1." >
 * "2.2.1.") > Vietnamese letters (a, b, c, d, đ, e, g, …) > "-" bullets > "+" bullets, all of it
 * under an appendix heading ("PHỤ LỤC") once one comes, so that an appendix never runs on as part of
 * the body's last section; unlabelled
 * paragraphs and field lines belong to the item above them. Labels are checked against their
 * sequence: a "3." where "c." belongs (the lettering goes on with "d." after it) is read as that
 * letter with its printed label kept; on OCR text a misread label ("¢)", "@)", "1)", a second
 * "d)") is read as the letter the sequence expects. Each such reading is reported as a doubt.
 */
export function buildOutline(paragraphs: Paragraph[], ocr: boolean, doubts: Doubt[]): OutlineNode {
  const root: OutlineNode = {
    kind: 'root',
    label: null,
    key: '',
    text: '',
    section: '',
    field: null,
    phase: null,
    children: [],
    parent: null,
    para: { text: '', line: 0, endLine: 0, mdHeading: null, emphasised: false },
  };
  const stack: OutlineNode[] = [root];
  /** The last letter read in each list, keyed by the list's parent node. */
  const lastLetter = new Map<OutlineNode, string>();
  const lastNumber = new Map<OutlineNode, number>();
  const lastRoman = { value: 0 };

  const labels = paragraphs.map((p) => parseLabel(p.text, ocr));

  for (let i = 0; i < paragraphs.length; i++) {
    const para = paragraphs[i]!;
    if (isAppendixHeading(para, ocr)) {
      // An appendix closes the plan's body: what follows (its own Roman headings too) belongs to it.
      const node: OutlineNode = {
        kind: 'appendix',
        label: null,
        key: 'PL',
        text: para.text,
        para,
        section: '',
        field: null,
        phase: null,
        children: [],
        parent: null,
      };
      stack.length = 1;
      lastRoman.value = 0;
      attach(root, node);
      stack.push(node);
      continue;
    }
    let label = labels[i] ?? null;
    const field = parseField(para.text, ocr);
    const phase = parsePhase(para.text, ocr);
    let kind: OutlineNode['kind'] = 'text';
    let key = '';

    if (label && field === null) {
      kind = label.kind;
      key = label.kind === 'roman' ? (label.ocrReading ?? label.printed) : label.printed;
      if (label.kind === 'roman') {
        const expected = ROMANS[lastRoman.value] ?? '?';
        if (label.ocrReading && label.ocrReading !== expected) {
          kind = 'text';
          label = null;
        } else {
          if (key !== expected)
            doubts.push({
              line: para.line,
              subject: `mục ${label.printed}`,
              message: `số La Mã "${label.printed}" không liền sau mục trước (chờ "${expected}"); giữ như văn bản in`,
            });
          else if (label.ocrReading)
            doubts.push({ line: para.line, subject: `mục ${key}`, message: `OCR in "${label.printed}", đọc là mục "${key}" theo thứ tự; cần người xác nhận` });
          const idx = ROMANS.indexOf(key);
          lastRoman.value = idx >= 0 ? idx + 1 : lastRoman.value + 1;
        }
      }
      if (label && (label.kind === 'number' || label.kind === 'letter')) {
        const listParent = findListParent(stack, label, kind === 'number' ? key.split('.').length : 10);
        const prevLetter = lastLetter.get(listParent) ?? null;
        const expectedLetter = nextLetter(prevLetter);
        if (label.kind === 'number' && prevLetter !== null && !key.includes('.')) {
          // A number inside a running letter list: a misprinted letter, or the next numbered item?
          const value = Number(key);
          const lettersPos = LETTERS.indexOf(expectedLetter) + 1;
          const ocrReadings = ocr && label.style === ')' ? ocrLetterReadings(key) : [];
          const laterLetter = nextLetterLabel(labels, i + 1);
          if (ocrReadings.includes(expectedLetter)) {
            kind = 'letter';
            key = expectedLetter;
            doubts.push({
              line: para.line,
              subject: `mục ${label.printed}${label.style}`,
              message: `OCR in "${label.printed}${label.style}", đọc là "${expectedLetter})" theo thứ tự chữ cái; cần người xác nhận`,
            });
          } else if (value === lettersPos && laterLetter !== null && laterLetter === nextLetter(expectedLetter)) {
            kind = 'letter';
            doubts.push({
              line: para.line,
              subject: `mục ${label.printed}${label.style}`,
              message: `mục đánh số "${label.printed}${label.style}" đứng ở chỗ của "${expectedLetter}${label.style}" (trước đó là "${prevLetter}", sau đó là "${laterLetter}"); giữ nhãn như văn bản in, cần người xác nhận`,
            });
          }
        }
        if (kind === 'letter') {
          const readings = label.kind === 'letter' && label.ocrReading ? ocrLetterReadings(label.printed) : [];
          const reading = label.kind === 'letter' ? (readings.includes(expectedLetter) ? expectedLetter : (label.ocrReading ?? label.printed)) : key;
          if (label.kind === 'letter') {
            if (ocr && reading === 'd' && prevLetter === 'd') {
              key = 'đ';
              doubts.push({
                line: para.line,
                subject: `mục ${label.printed}${label.style}`,
                message: 'OCR in "d" lần thứ hai, đọc là "đ" theo thứ tự chữ cái; cần người xác nhận',
              });
            } else if (label.ocrReading) {
              key = ocr ? reading : label.printed;
              doubts.push({
                line: para.line,
                subject: `mục ${label.printed}${label.style}`,
                message: `OCR in "${label.printed}", đọc là "${reading}" theo thứ tự chữ cái; cần người xác nhận`,
              });
            } else if (reading !== expectedLetter && !(expectedLetter === 'đ' && reading === 'e')) {
              doubts.push({
                line: para.line,
                subject: `mục ${label.printed}${label.style}`,
                message: `chữ "${label.printed}" không liền sau "${prevLetter ?? '(đầu danh sách)'}" (chờ "${expectedLetter}"); giữ như văn bản in`,
              });
            }
          }
          lastLetter.set(listParent, label.kind === 'letter' ? key : expectedLetter);
        } else if (kind === 'number' && !key.includes('.')) {
          const numberParent = [...stack].reverse().find((n) => rankOf(n) < 1) ?? root;
          const prev = lastNumber.get(numberParent) ?? 0;
          if (Number(key) !== prev + 1) {
            doubts.push({
              line: para.line,
              subject: `mục ${label.printed}${label.style}`,
              message: `số thứ tự "${label.printed}" không liền sau "${prev || '(đầu danh sách)'}"; giữ như văn bản in`,
            });
          }
          lastNumber.set(numberParent, Number(key));
        }
      }
    } else if (field === null && label === null) {
      kind = 'text';
    }

    const node: OutlineNode = {
      kind,
      label: kind === 'text' ? null : label,
      key,
      text: label && kind !== 'text' && field === null ? label.rest : para.text,
      para,
      section: '',
      field,
      phase,
      children: [],
      parent: null,
    };
    if (kind === 'text' || field !== null) {
      const parent = stack[stack.length - 1]!;
      attach(parent, node);
      continue;
    }
    const rank = rankOf(node);
    while (stack.length > 1 && rankOf(stack[stack.length - 1]!) >= rank) stack.pop();
    attach(stack[stack.length - 1]!, node);
    stack.push(node);
  }
  return root;
}

function attach(parent: OutlineNode, node: OutlineNode): void {
  node.parent = parent;
  if (node.kind === 'roman' || node.kind === 'appendix') node.section = node.key;
  else if (node.kind === 'number') {
    const roman = ancestor(parent, 'roman');
    node.section = roman ? `${roman.section}.${node.key}` : node.key;
  } else if (node.kind === 'letter') node.section = parent.section ? `${parent.section}.${node.key}` : node.key;
  else node.section = parent.section;
  parent.children.push(node);
}

/** The nearest ancestor of a kind (the node itself included). */
export function ancestor(n: OutlineNode | null, kind: OutlineNode['kind']): OutlineNode | null {
  for (let c = n; c; c = c.parent) if (c.kind === kind) return c;
  return null;
}

/** The node a new number or letter item would hang under, found as `buildOutline` will place it. */
function findListParent(stack: OutlineNode[], label: ItemLabel, rank: number): OutlineNode {
  // A number inside a letter list is compared with the letters: its list parent is the letters' parent.
  for (let i = stack.length - 1; i >= 1; i--) {
    const n = stack[i]!;
    if (label.kind === 'number' && n.kind === 'letter') return n.parent!;
    if (rankOf(n) < rank) return n;
  }
  return stack[0]!;
}

/** The next letter label at list level after paragraph `from`, before any Roman or numbered item. */
function nextLetterLabel(labels: (ItemLabel | null)[], from: number): string | null {
  for (let j = from; j < labels.length; j++) {
    const l = labels[j];
    if (!l) continue;
    if (l.kind === 'letter') return l.ocrReading ?? l.printed;
    if (l.kind === 'roman' || l.kind === 'number') return null;
  }
  return null;
}

/** Every node under `n` in document order. */
export function descendants(n: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (x: OutlineNode): void => {
    for (const c of x.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}
