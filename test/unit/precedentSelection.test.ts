import { describe, expect, it } from 'vitest';
import type { DocumentPassage } from '../../electron/common/model';
import { lineAround, paragraphHolding, piecesAround } from '../../renderer/src/features/precedents/readerSelection';

function paragraph(id: number, label: string, text: string): DocumentPassage {
  return { id, parentId: null, level: 'paragraph', label, heading: null, text, start: { page: 0, offset: 0 }, end: { page: 0, offset: 0 } };
}

describe('the paragraph at the caret', () => {
  const paragraphs = [
    paragraph(1, 'Art. 2(1)', '1. Persecution against any identifiable group\nor collectivity on political grounds.'),
    paragraph(2, 'Art. 2(2)', '2. Each State shall take the necessary measures.'),
  ];

  it('is the paragraph holding the line, whatever its line breaks', () => {
    expect(paragraphHolding(paragraphs, 'identifiable group or   collectivity')?.label).toBe('Art. 2(1)');
    expect(paragraphHolding(paragraphs, 'Each State shall take')?.label).toBe('Art. 2(2)');
  });

  it('is none for a piece too short to tell or found nowhere', () => {
    expect(paragraphHolding(paragraphs, '2.')).toBeUndefined();
    expect(paragraphHolding(paragraphs, 'the Court shall decide')).toBeUndefined();
  });

  it('reads the line around an offset, within reach', () => {
    const text = 'Article 2\n1. Persecution against any identifiable group\n2. Each State';
    expect(lineAround(text, text.indexOf('identifiable'))).toBe('1. Persecution against any identifiable group');
    expect(lineAround(text, text.indexOf('identifiable'), 10)).toBe('ainst any identifiab');
  });

  it('tries the words around a word of a PDF text layer, widest first, until one piece is in one paragraph', () => {
    const words = ['on', 'political', 'grounds.', '2.', 'Each', 'State', 'shall', 'take'];
    const pieces = piecesAround(words, 5);
    expect(pieces[0]).toBe('on political grounds. 2. Each State shall take');
    expect(pieces.map((piece) => paragraphHolding(paragraphs, piece)?.label).find(Boolean)).toBe('Art. 2(2)');
  });
});
