import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-users.js';
import { checkPasswordPolicy } from './password-policy.js';

describe('password policy (NIST SP 800-63B)', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(checkPasswordPolicy('kopi susu di pagi hari')).toBeNull();
    expect(checkPasswordPolicy('sate-padang-enak-sekali')).toBeNull();
    expect(checkPasswordPolicy(DEMO_PASSWORD)).toBeNull();
  });

  it('refuses passwords shorter than 12 characters, counting Unicode characters not bytes', () => {
    expect(checkPasswordPolicy('Pendek-123')).toBe('too_short');
    expect(checkPasswordPolicy('ééééééééééé')).toBe('too_short');
    expect(checkPasswordPolicy('x'.repeat(129))).toBe('too_long');
  });

  it('refuses common passwords and their stems with digits and symbols around them', () => {
    expect(checkPasswordPolicy('123456789012')).toBe('common');
    expect(checkPasswordPolicy('Bismillah2024!')).toBe('common');
    expect(checkPasswordPolicy('@@Indonesiaraya45')).toBe('common');
    expect(checkPasswordPolicy('Pancasila1945')).toBe('common');
  });

  it('refuses passwords made of the user e-mail or name, and repetitive ones', () => {
    expect(checkPasswordPolicy('dewi.lestari2026', { email: 'dewi.lestari@jabarprov.go.id' })).toBe('personal');
    expect(checkPasswordPolicy('AsepSunandar!!', { displayName: 'Asep Sunandar' })).toBe('personal');
    expect(checkPasswordPolicy('abababababab')).toBe('repetitive');
  });
});
