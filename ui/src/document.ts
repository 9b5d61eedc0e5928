// The plan document (Markdown) as sections of clauses, and where a rule of the plan is
// written in it. The document is data: it is rendered as text, never as HTML.

export type Section = { heading: string; clauses: string[] };

/** Splits Markdown into sections at headings; a clause is a block between blank lines. */
export function sections(markdown: string): Section[] {
  const out: Section[] = [];
  let current: Section = { heading: "", clauses: [] };
  let block: string[] = [];
  const flush = () => {
    if (block.length) current.clauses.push(block.join("\n"));
    block = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) {
      flush();
      if (current.heading || current.clauses.length) out.push(current);
      current = { heading: h[1].trim(), clauses: [] };
    } else if (line.trim() === "") {
      flush();
    } else {
      block.push(line);
    }
  }
  flush();
  if (current.heading || current.clauses.length) out.push(current);
  return out;
}

/** What a rule is about, to find its clause. */
export type Topic = "measure" | "tiers" | "threshold" | "cap";

const TOPIC: Record<Topic, RegExp | undefined> = {
  measure: undefined,
  tiers: /\b(rates?|tiers?|band)\b/i,
  threshold: /\bthreshold\b/i,
  cap: /\bcap\b/i,
};

/** The section and clause where a measure's rule is written: the section whose heading
 * names the measure (or, failing that, the first that mentions it), then the clause of
 * that section about the topic. `undefined` when the document does not mention it. */
export function findClause(
  doc: Section[],
  measureName: string,
  topic: Topic,
): { section: number; clause: number } | undefined {
  const name = measureName.toLowerCase();
  let section = doc.findIndex((s) => s.heading.toLowerCase().includes(name));
  if (section < 0) section = doc.findIndex((s) => s.clauses.some((c) => c.toLowerCase().includes(name)));
  if (section < 0) return undefined;
  const re = TOPIC[topic];
  const clause = re ? doc[section].clauses.findIndex((c) => re.test(c)) : 0;
  return { section, clause: Math.max(clause, 0) };
}
