/**
 * The `humas` command precompiled for the tests' child processes. `bin/humas.js` compiles
 * every TypeScript module through tsx at start-up (~1.5 s of a 2-core machine per child,
 * dozens of children per run); here `src/` is transpiled once per run with esbuild — the
 * compiler tsx itself uses — file by file into a mirror tree beside the sources' packages,
 * with every data file copied, so module-relative paths (migrations, models, assets) and
 * package resolution work as in the checkout. The tree is keyed by the sources' sizes and
 * modification times: unchanged sources reuse it, any edit builds a fresh one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'src');
/** Under node_modules so that packages resolve exactly as they do from src/. */
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'humas-cli');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const isTest = (file: string) => /\.test\.ts$/.test(file);

/** Builds (or reuses) the precompiled tree; returns the path of its `src/cli/main.js`. */
export async function buildCli(): Promise<string> {
  const files = listFiles(SRC).filter((f) => !isTest(f)).sort();
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(SRC, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  const key = hash.digest('hex').slice(0, 16);
  const target = path.join(CACHE, key);
  const entry = path.join(target, 'src', 'cli', 'main.js');
  if (fs.existsSync(entry)) return entry;

  const staging = `${target}.tmp-${process.pid}-${Date.now()}`;
  await Promise.all(
    files.map(async (file) => {
      const out = path.join(staging, 'src', path.relative(SRC, file));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      if (!file.endsWith('.ts')) {
        fs.copyFileSync(file, out);
        return;
      }
      const { code } = await transform(fs.readFileSync(file, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: file,
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      });
      fs.writeFileSync(out.replace(/\.ts$/, '.js'), code);
    }),
  );
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    // Another project's setup finished the same build first: use theirs.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(entry)) throw error;
  }
  // Older trees (sources since edited) are of no further use — once no run can still be using
  // them: a run that started before the edit keeps spawning children from its tree.
  const stale = Date.now() - 6 * 3_600_000;
  for (const name of fs.readdirSync(CACHE)) {
    const tree = path.join(CACHE, name);
    if (name !== key && !name.includes('.tmp-') && fs.statSync(tree).mtimeMs < stale) fs.rmSync(tree, { recursive: true, force: true });
  }
  return entry;
}
