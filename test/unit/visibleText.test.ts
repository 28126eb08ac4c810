import { describe, expect, it } from 'vitest';
import { nameText, terminalText, titleText } from '../../electron/common/visibleText';

const escape = '\u001B';
const override = '\u202E';

describe('text from others, shown safely', () => {
  it('titles lose control characters and bidi overrides, on one line', () => {
    expect(titleText(`Draft${escape}[31m articles\non ${override}crimes\u0000`)).toBe('Draft [31m articles on crimes');
    expect(titleText('Projet d’articles — الجرائم 危害人类罪')).toBe('Projet d’articles — الجرائم 危害人类罪');
  });

  it('names keep their spelling, with a visible mark where such a character was', () => {
    expect(nameText(`invoice${override}fdp.exe`)).toBe('invoice\uFFFDfdp.exe');
    expect(nameText('two  spaces.pdf')).toBe('two  spaces.pdf');
  });

  it('terminal text shows escapes instead of obeying them, keeps line feeds and tabs, and JSON still parses to the same strings', () => {
    expect(terminalText(`a${escape}[2Jb\u009B1;1H\tc\n`)).toBe('a\\u001B[2Jb\\u009B1;1H\tc\n');
    const value = { title: `x${override}y\u0085z` };
    const json = terminalText(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0085\u202E]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});
