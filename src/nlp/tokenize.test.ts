import { describe, expect, it } from 'vitest';
import { HANDLE_TOKEN, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases words and keeps inner hyphens', () => {
    expect(tokenize('Anak-Anak Bermain')).toEqual(['anak-anak', 'bermain']);
  });
  it('drops URLs and replaces @handles with one placeholder', () => {
    expect(tokenize('cek https://t.co/x @kemenkes_ri www.x.id ya')).toEqual(['cek', HANDLE_TOKEN, 'ya']);
  });
  it('keeps emoji and emoticons as tokens and counts repeated marks once', () => {
    expect(tokenize('bagus!!! 😍 :) T_T')).toEqual(['bagus', '!', '😍', ':)', 't_t']);
  });
  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \t ')).toEqual([]);
  });
});
