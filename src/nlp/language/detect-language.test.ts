import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';
import { LANGUAGES } from './language-label.js';
import { readLanguageTestSet } from './read-language-test-set.js';

describe('detectLanguage', () => {
  it('recognises short everyday sentences in each language', () => {
    expect(detectLanguage('Pelayanannya cepat sekali, terima kasih!')).toBe('id');
    expect(detectLanguage('The road has been broken for months.')).toBe('en');
    expect(detectLanguage('Kerajaan patut dengar suara rakyat, tak boleh macam ni.')).toBe('ms');
    expect(detectLanguage('Aku ora ngerti maneh karo pamrentah iki.')).toBe('jv');
    expect(detectLanguage('Abdi teu ngartos kana kawijakan ieu.')).toBe('su');
  });
  it('returns unknown for text without letters', () => {
    expect(detectLanguage('')).toBe('unknown');
    expect(detectLanguage('123 456 😂')).toBe('unknown');
  });
  it('reaches at least 75% accuracy per language on the hand-written test list', () => {
    const examples = readLanguageTestSet();
    for (const language of LANGUAGES) {
      const rows = examples.filter((e) => e.language === language);
      expect(rows.length).toBeGreaterThanOrEqual(50);
      const correct = rows.filter((e) => detectLanguage(e.text) === language).length;
      expect(correct / rows.length, language).toBeGreaterThanOrEqual(0.75);
    }
  });
});
