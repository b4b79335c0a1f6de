/**
 * The catalogue of sources, `sources/plans.yaml` in the content tree CONTENT_DIR names (content/
 * by default).
 *   npm run catalog -- add <file>
 * copies a plan document into `sources/`, reads its metadata off the document (genre, years,
 * district, title, issuer or reporting body, dates, sessions), computes its SHA-256, appends the
 * entry to `plans.yaml` and prints what it could not read. A document the ingest would refuse
 * (unreadable, no parts, a second plan for a year already catalogued) is refused here, with
 * nothing written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { draftCatalogEntry, entryYaml, type Draft } from '../src/lib/plan/catalog-entry.ts';
import { genreById } from '../src/lib/plan/genres.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { parsePlan } from '../src/lib/plan/parse-plan.ts';
import { parsePlansCatalog, planEntrySchema } from '../src/lib/plan/plans-catalog.ts';
import { readPlans } from '../src/lib/plan/read-plans.ts';
import { decodeSource } from '../src/lib/plan/source-text.ts';
import { parseYamlEntries } from '../src/lib/plan/yaml-entries.ts';
import { loadTermbase, nameEn, TermbaseError } from '../src/lib/termbase/termbase.ts';

const COMMAND = {
  command: 'npm run catalog',
  description: 'add <file>: copies a plan document into the content tree, reads its metadata off the document, computes its SHA-256, appends the entry to sources/plans.yaml and prints what it could not read.',
  positionals: { usage: 'add <file>', max: 2, description: 'the document to add, exactly as received, in UTF-8' },
  environment: { CONTENT_DIR: 'the content tree to add it to (default: content)' },
};
const { positionals } = parseCommandLine(COMMAND);
const [command, given] = positionals;
if (command !== 'add' || !given) usageError(COMMAND, command === 'add' ? 'add needs the file to add' : `unknown command ${JSON.stringify(command ?? '')}: the one command is add <file>`);

const SOURCE_NAME = /^[\w.-]+\.txt$/;

/** The name the source gets in the tree: its own when plain, else one made of district, year and genre. */
function sourceName(given: string, entry: Draft): string {
  const own = basename(given);
  if (SOURCE_NAME.test(own)) return own;
  const district = entry.district?.en?.split(/\s+/)[0]?.toLowerCase();
  if (!district || !entry.year || !/^\w+$/.test(district)) {
    throw new IngestError(given, undefined, 'the file name is not plain (letters, digits, . - _, ending in .txt) and none can be made from the document: rename the file');
  }
  return `${district}-${entry.year}-${entry.genre === 'npc-report' ? 'report' : 'plan'}.zh.txt`;
}

await runCli(() => {
  const paths = contentTreePaths({ sources: 'sources', termbase: 'termbase' }, {});
  const catalogFile = join(paths.sources, 'plans.yaml');
  const catalogText = existsSync(catalogFile) ? readFileSync(catalogFile, 'utf8') : '';
  // The catalogue as it stands must be valid; its entries with their lines serve the city and the duplicate checks.
  parsePlansCatalog(catalogText, catalogFile);
  const existing = parseYamlEntries(catalogText, catalogFile, planEntrySchema);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(given);
  } catch {
    throw new IngestError(given, undefined, 'cannot be read');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const plan = parsePlan(decodeSource(bytes, given), given);
  const termbase = loadTermbase(paths.termbase);
  const draft = draftCatalogEntry(
    plan,
    sha256,
    {
      englishName: (zh) => nameEn(termbase, zh) ?? existing.flatMap((e) => [e.value.district, e.value.city]).find((p) => p.zh === zh)?.en,
      cityOf: (districtZh) => {
        const found = existing.find((e) => e.value.district.zh === districtZh);
        return found && { city: found.value.city, line: found.line };
      },
    },
    (read) => sourceName(given, read),
  );
  const name = draft.entry.file!;

  const sameSource = existing.find((e) => e.value.sha256 === sha256);
  if (sameSource) throw new IngestError(catalogFile, sameSource.line, `${given} is already catalogued as ${sameSource.value.file}`);
  const sameName = existing.find((e) => e.value.file === name);
  if (sameName) throw new IngestError(catalogFile, sameName.line, `another source is catalogued as ${name}: rename ${given}`);
  const sameYear = existing.find((e) => e.value.year === draft.entry.year);
  if (sameYear) {
    throw new IngestError(catalogFile, sameYear.line, `two catalogue entries for one year: ${sameYear.value.file} is already the plan for ${draft.entry.year}; ${given} would be a second`);
  }
  const target = join(paths.sources, name);
  if (existsSync(target) && !Buffer.from(readFileSync(target)).equals(Buffer.from(bytes))) {
    throw new IngestError(target, undefined, `a different file of that name is already in ${paths.sources}`);
  }

  const separator = catalogText === '' || catalogText.endsWith('\n') ? '' : '\n';
  const record = entryYaml(draft.entry);
  const newCatalog = catalogText + separator + record;
  if (draft.unread.length === 0) {
    // The entry must pass the ingest's own checks against its document before anything is written.
    readPlans({ catalog: { file: catalogFile, text: record }, readSource: () => ({ path: given, bytes }) });
  }
  writeFileAtomic(target, bytes);
  writeFileAtomic(catalogFile, newCatalog);

  const line = (catalogText + separator).split('\n').length;
  const genre = genreById(draft.entry.genre!);
  console.log(`catalog: ${given} → ${target} (SHA-256 ${sha256})`);
  console.log(`catalog: ${catalogFile}:${line}: plan ${draft.entry.year ?? '?'}, ${genre.id} (${genre.name}), reviewing ${draft.entry.reviews_year ?? '?'}`);
  for (const note of draft.notes) console.log(`catalog: took ${note}`);
  if (draft.unread.length === 0) {
    console.log('catalog: read everything the catalogue needs off the document');
  } else {
    console.log(`catalog: could not read, fill in at ${catalogFile}:${line} before the ingest:`);
    for (const field of draft.unread) console.log(`  ${field}`);
  }
}, [IngestError, TermbaseError, ContentTreeError]);
