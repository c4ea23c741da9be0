/** The source an ad-hoc import is filed under: a named existing one, or an "import" source created for it. */
import type { Db } from '../../db/db.js';
import { findSourceByName } from '../../db/queries/sources/find-source-by-name.js';
import { upsertSource } from '../../db/queries/sources/upsert-source.js';

export interface ImportSource {
  id: number;
  name: string;
  isInternal: boolean;
}

/** A source of that name, if any: a scheduled one takes the items, so one stream is not split in two. */
export async function findNamedSource(db: Db, name: string): Promise<ImportSource | null> {
  for (const kind of ['feed', 'wordpress', 'x-v2', 'meta', 'youtube', 'tiktok', 'import']) {
    const existing = await findSourceByName(db, kind, name);
    if (existing) return { id: existing.id, name: existing.name, isInternal: existing.isInternal };
  }
  return null;
}

/** Called only after the input was read successfully, so a failed import creates no source. */
export async function resolveImportSource(db: Db, options: { name: string; platform: string; url: string | null }): Promise<ImportSource> {
  const existing = await findNamedSource(db, options.name);
  if (existing) return existing;
  const id = await upsertSource(db, { kind: 'import', platform: options.platform, name: options.name, url: options.url });
  return { id, name: options.name, isInternal: false };
}
