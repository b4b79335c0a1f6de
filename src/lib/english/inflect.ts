/**
 * The past tense of the verbs the memory's frames open with, so that one entry (`加快{np}` →
 * `speed up {np}`) renders both a plan part ("speed up …") and a review part ("sped up …").
 * Regular verbs follow the spelling rules; the irregular ones and the verbs that double their
 * last consonant are listed, since spelling alone cannot tell `visit` from `commit`.
 */

const IRREGULAR: Record<string, string> = {
  be: 'was', become: 'became', begin: 'began', bring: 'brought', build: 'built', buy: 'bought', choose: 'chose',
  come: 'came', cut: 'cut', do: 'did', draw: 'drew', drive: 'drove', feed: 'fed', find: 'found', get: 'got',
  give: 'gave', go: 'went', grow: 'grew', have: 'had', hold: 'held', keep: 'kept', lay: 'laid', lead: 'led',
  let: 'let', make: 'made', meet: 'met', pay: 'paid', put: 'put', rebuild: 'rebuilt', rise: 'rose', run: 'ran',
  see: 'saw', seek: 'sought', sell: 'sold', send: 'sent', set: 'set', shut: 'shut', speed: 'sped', spend: 'spent',
  stand: 'stood', strike: 'struck', take: 'took', teach: 'taught', tell: 'told', think: 'thought', undertake: 'undertook',
  uphold: 'upheld', upset: 'upset', win: 'won', withstand: 'withstood', write: 'wrote', overcome: 'overcame',
  broaden: 'broadened', offset: 'offset', forecast: 'forecast', understand: 'understood', foresee: 'foresaw',
};

/** Verbs whose final consonant doubles (stress on the last syllable, or one short syllable). */
const DOUBLING = new Set([
  'admit', 'ban', 'commit', 'control', 'drop', 'equip', 'fit', 'plan', 'refer', 'regret', 'ship', 'shop', 'step',
  'stop', 'submit', 'transfer', 'occur', 'prefer', 'permit', 'kidnap', 'patrol', 'compel', 'propel',
  'expel', 'excel', 'rebut', 'remit', 'omit', 'emit', 'top', 'tap', 'map', 'pin', 'rob', 'scan', 'jam', 'trim',
]);

/** The simple past of one verb. */
export function pastOf(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return verb[0] === verb[0]!.toUpperCase() ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular;
  if (DOUBLING.has(lower)) return `${verb}${verb.at(-1)}ed`;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** A verb phrase in the past: its first word inflected (`step up 5G` → `stepped up 5G`). */
export function pastPhrase(phrase: string): string {
  const match = /^([A-Za-z]+)(.*)$/s.exec(phrase);
  return match ? `${pastOf(match[1]!)}${match[2]}` : phrase;
}
