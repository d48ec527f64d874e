/**
 * "Did you mean …": the closest known name to a misspelt one, by edit distance.
 * Names are compared in a loose form (case, spaces, underscores and hyphens
 * ignored), so "changed_to" finds the operator titled "Changed to" and
 * "stauts" finds "status" (one transposition).
 */

/** The loose form names are compared in. */
export const looseName = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2] + 1);
      current.push(best);
    }
    twoBack = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `input`, if one is close enough to be a likely
 * typo: at most a third of the longer name's characters differ (at least one
 * may), and never the whole input. Candidates keep their own spelling.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = looseName(input);
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const loose = looseName(name);
    const distance = editDistance(wanted, loose);
    const allowed = Math.max(1, Math.floor(Math.max(wanted.length, loose.length) / 3));
    if (distance > allowed || distance >= wanted.length) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}

/** The item one of whose names (`namesOf`) is closest to `input`, e.g. an operator by its value or its title. */
export function closestOf<T>(input: string, items: readonly T[], namesOf: (item: T) => string[]): T | undefined {
  const owners = new Map<string, T>();
  for (const item of items) for (const name of namesOf(item)) if (!owners.has(name)) owners.set(name, item);
  const name = closest(input, owners.keys());
  return name === undefined ? undefined : owners.get(name);
}
