/**
 * Custom properties of a stylesheet as the page would see them under a set of media conditions:
 * declarations outside any `@media`, then those inside `@media` blocks whose condition is active,
 * in source order (later wins). Enough for our own stylesheets' token blocks, not a CSS parser.
 */
export type Condition = 'dark' | 'print';

const CONDITIONS: Record<string, Condition> = { '@media (prefers-color-scheme: dark)': 'dark', '@media print': 'print' };

interface Declaration {
  name: string;
  value: string;
  conditions: Condition[];
}

export function declarations(css: string): Declaration[] {
  const found: Declaration[] = [];
  const stack: string[] = [];
  let chunk = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      stack.push(chunk.trim());
      chunk = '';
    } else if (char === ';' || char === '}') {
      const match = /^\s*(--[\w-]+)\s*:\s*([^;]+?)\s*$/.exec(chunk);
      if (match) {
        const conditions = stack.filter((prelude) => prelude.startsWith('@media')).map((prelude) => {
          const condition = CONDITIONS[prelude];
          if (!condition) throw new Error(`unexpected media block: ${prelude}`);
          return condition;
        });
        found.push({ name: match[1]!, value: match[2]!, conditions });
      }
      if (char === '}') stack.pop();
      chunk = '';
    } else {
      chunk += char;
    }
  }
  return found;
}

/** The value of every custom property under `active` conditions, with `var(--x)` resolved. */
export function customProperties(css: string, active: Condition[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const d of declarations(css)) if (d.conditions.every((c) => active.includes(c))) values.set(d.name, d.value);
  const resolve = (value: string, depth = 0): string => {
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    if (!reference) return value;
    const target = values.get(reference[1]!);
    if (target === undefined || depth > 10) throw new Error(`unresolved ${value}`);
    return resolve(target, depth + 1);
  };
  return new Map([...values].map(([name, value]) => [name, resolve(value)]));
}
