import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

describe('normalize', () => {
  it('expands chat abbreviations and negation spellings to standard forms', () => {
    expect(normalize('yg gak bgt dgn tdk sdh blm krn')).toBe('yang tidak banget dengan tidak sudah belum karena');
  });
  it('collapses letter elongation to a known word', () => {
    expect(normalize('bagusss kerennn maaaaf')).toBe('bagus keren maaf');
  });
  it('expands reduplication written with 2, also before -nya', () => {
    expect(normalize('kata2 anak2nya bnr2')).toBe('kata-kata anak-anak nya benar-benar');
  });
  it('reads digits as letters only when that gives a known word', () => {
    expect(normalize('s3m4ng4t covid19 4g')).toBe('semangat covid19 4g');
  });
  it('splits the clitic -nya from known stems but not from whole words', () => {
    expect(normalize('makanannya enak hanya punya')).toBe('makanan nya enak hanya punya');
  });
  it('turns emoji and emoticons into the words they signal', () => {
    expect(normalize('mantap 😍 :( 😡')).toBe('mantap suka sedih kesal');
  });
  it('maps common English code-mixing and laughter', () => {
    expect(normalize('pelayanan slow, worst wkwkwk')).toBe('pelayanan lambat , terburuk haha');
  });
  it('rewrites "bukan main" as an intensifier, not a negation', () => {
    expect(normalize('bukan main bagusnya')).toBe('sangat bagus nya');
  });
});
