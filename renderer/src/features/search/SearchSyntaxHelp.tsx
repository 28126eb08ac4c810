/** The empty state: what can be typed, by example. */
export function SearchSyntaxHelp() {
  const examples: [string, string][] = [
    ['persecution identifiable group', 'passages with all these words, best first'],
    ['"crimes against humanity"', 'the exact phrase'],
    ['torture OR "ill-treatment"', 'either one'],
    ['immunity -diplomatic', 'without a word'],
    ['kind:instrument  kind:draft  kind:statement', 'only one kind of document'],
    ['lang:fr  year:1998  year:1990..2005', 'by language and year'],
    ['doc:"rome statute"  state:FRA', 'within one document, or statements by one State'],
  ];
  return (
    <section className="search-help" aria-label="How to search">
      <h2>Search every draft, instrument and statement</h2>
      <p>Results appear as you type; the last word is completed. Typos in longer words are forgiven.</p>
      <dl>
        {examples.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
