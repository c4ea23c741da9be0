/**
 * `humas audit verify`: recomputes the audit log's keyed hash chain. Prints the first entry
 * that was edited, inserted or deleted and exits 1, or confirms the count and exits 0.
 */
import type { Command } from 'commander';
import type { Db } from '../../db/db.js';
import { verifyAuditChain } from '../../security/audit/verify-audit-chain.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { withRuntime } from '../runtime.js';

export async function runAuditVerify(db: Db, keyring: Keyring, out: (line: string) => void): Promise<number> {
  const result = await verifyAuditChain(db, keyring);
  if (result.ok) {
    out(`audit log intact: ${result.checked} entries verified`);
    return 0;
  }
  out(`audit log BROKEN at entry #${result.firstBad!.id ?? '-'} (${result.firstBad!.problem}): ${result.firstBad!.message}; ${result.checked} entries before it verified`);
  return 1;
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('audit log tools');
  audit
    .command('verify')
    .description('verify the hash chain of the audit log; exits 1 naming the first tampered entry')
    .action(async () => {
      await withRuntime(async ({ db, keyring }) => {
        process.exitCode = await runAuditVerify(db, keyring(), (line) => process.stdout.write(`${line}\n`));
      });
    });
}
