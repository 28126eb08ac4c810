/**
 * The known-item query set of the recall benchmark (knownItemBench.ts): 40 searches written the
 * way a delegate half-remembers a provision, each with the passage that answers it.
 *
 * Method. The queries were written from the treaty texts (../shared/corpus/instruments) before
 * the benchmark was first run, as a person would type them: a few remembered words, a typo, the
 * article's heading instead of its words, a citation. They are kept even when today's engine
 * misses them: tuning the set to the engine would measure nothing. Each answer names the
 * document by the start of its corpus file name ("rome-statute" covers both the Markdown copy
 * and the structured JSON printed to PDF) and the passage by its label ("Art. 33" — a hit on a
 * paragraph inside it counts too) and/or a quote the hit's text must contain (compared
 * without case, spacing or punctuation). Where a delegate's words honestly fit more than one
 * instrument (the same wording recurs across conventions), every fitting answer is listed.
 *
 * Kinds (a query may have several; recall is reported per kind):
 * - typo: one word of several misspelt ("persecusion");
 * - word-form: another form of a word of the text (plural, -ing/-ed/-tion, "informed" for "inform");
 * - title-or-heading: a word found only in the instrument's title or the article's heading;
 * - spelling-variant: hyphen or British/American spelling ("cooperate" for "co-operate", "labor");
 * - paraphrase: the sense in the delegate's words, with a few exact words;
 * - citation: an article number and the instrument's name, or the doc: filter;
 * - exact: words as the text has them (controls).
 */

export type QueryKind = 'typo' | 'word-form' | 'title-or-heading' | 'spelling-variant' | 'paraphrase' | 'citation' | 'exact';

export const queryKinds: QueryKind[] = ['typo', 'word-form', 'title-or-heading', 'spelling-variant', 'paraphrase', 'citation', 'exact'];

/** One passage that answers a query: the document, and its label and/or a quote from it. */
export interface KnownAnswer {
  /** The start of the corpus file name: "refugee-convention-1951", "rome-statute". */
  document: string;
  /** The passage's label as Briefing shows it; a hit on a passage inside it counts. */
  label?: string;
  /** Words the hit's passage must contain. */
  quote?: string;
}

export interface KnownItemQuery {
  query: string;
  kinds: QueryKind[];
  /** Any one of these in the top 5 is a hit. */
  answers: KnownAnswer[];
}

const rome = 'rome-statute';
const vclt = 'vienna-convention-law-of-treaties'; // the 1969 Convention and the 1986 one share the article
const iccpr = 'iccpr-1966';

export const knownItemQueries: KnownItemQuery[] = [
  // Typos
  { query: 'pacta sunt servnda', kinds: ['typo', 'title-or-heading'], answers: [{ document: vclt, quote: 'Every treaty in force is binding upon the parties to it' }] },
  { query: 'persecusion against identifiable group gender grounds', kinds: ['typo'], answers: [{ document: rome, quote: 'Persecution against any identifiable group or collectivity' }] },
  { query: 'exterminasion deprivation of access to food and medicine', kinds: ['typo'], answers: [{ document: rome, quote: 'the deprivation of access to food and medicine' }] },
  { query: 'person of a diplomatic agent inviolabel', kinds: ['typo'], answers: [{ document: 'vienna-convention-diplomatic-relations', quote: 'The person of a diplomatic agent shall be inviolable' }] },
  {
    query: 'refugee expel or return refoulment frontiers life or freedom threatened',
    kinds: ['typo'],
    answers: [{ document: 'refugee-convention-1951', quote: 'to the frontiers of territories where his life or freedom would be threatened' }],
  },
  {
    query: 'intent to destroy in whole or in part national ethnical racial or religous group',
    kinds: ['typo'],
    answers: [
      { document: 'genocide-convention', quote: 'intent to destroy, in whole or in part, a national, ethnical, racial or religious group' },
      { document: rome, quote: 'intent to destroy, in whole or in part, a national, ethnical, racial or religious group' },
    ],
  },
  { query: 'torture severe pain or sufering public official', kinds: ['typo'], answers: [{ document: 'convention-against-torture', quote: 'severe pain or suffering, whether physical or mental' }] },
  {
    query: 'consular oficers free to communicate with nationals of the sending state',
    kinds: ['typo'],
    answers: [{ document: 'vienna-convention-consular-relations', quote: 'consular officers shall be free to communicate with nationals of the sending State' }],
  },

  // Other word forms
  {
    query: 'consular post informed without delay national arrested',
    kinds: ['word-form'],
    answers: [{ document: 'vienna-convention-consular-relations', quote: 'shall, without delay, inform the consular post of the sending State' }],
  },
  { query: 'conscription of children under fifteen into armed forces', kinds: ['word-form'], answers: [{ document: rome, quote: 'Conscripting or enlisting children under the age of fifteen years' }] },
  {
    query: 'presumed innocent until proven guilty covenant civil political rights',
    kinds: ['word-form', 'title-or-heading'],
    answers: [{ document: iccpr, quote: 'the right to be presumed innocent until proved guilty according to law' }],
  },
  {
    query: 'formulating reservations incompatible with object and purpose of the treaty',
    kinds: ['word-form'],
    answers: [{ document: vclt, quote: 'the reservation is incompatible with the object and purpose of the treaty' }],
  },
  {
    query: 'interpreting treaties in good faith ordinary meaning of the terms',
    kinds: ['word-form'],
    answers: [{ document: vclt, quote: 'A treaty shall be interpreted in good faith in accordance with the ordinary meaning' }],
  },
  {
    query: 'slave trading prohibited in all forms',
    kinds: ['word-form'],
    answers: [
      { document: 'universal-declaration-human-rights', quote: 'slavery and the slave trade shall be prohibited in all their forms' },
      { document: iccpr, quote: 'slavery and the slave-trade in all their forms shall be prohibited' },
    ],
  },
  {
    query: 'reduction of statelessness nationality granted to persons born in territory',
    kinds: ['word-form', 'title-or-heading'],
    answers: [{ document: 'reduction-of-statelessness-convention', quote: 'shall grant its nationality to a person born in its territory who would otherwise be stateless' }],
  },
  {
    query: "children's best interests primary consideration",
    kinds: ['word-form', 'paraphrase'],
    answers: [{ document: 'convention-rights-of-the-child-crc', quote: 'the best interests of the child shall be a primary consideration' }],
  },

  // A word only in the title or the heading
  {
    query: 'greatest measure of assistance torture',
    kinds: ['title-or-heading'],
    answers: [{ document: 'convention-against-torture', quote: 'shall afford one another the greatest measure of assistance in connection with criminal proceedings' }],
  },
  {
    query: 'hostages if it does not extradite submit the case for prosecution without exception whatsoever',
    kinds: ['title-or-heading'],
    answers: [{ document: 'hostages-convention', quote: 'if it does not extradite him, be obliged, without exception whatsoever' }],
  },
  {
    query: 'bombings offence detonates explosive device place of public use',
    kinds: ['title-or-heading', 'paraphrase'],
    answers: [{ document: 'terrorist-bombings-convention', quote: 'detonates an explosive or other lethal device in, into or against a place of public use' }],
  },
  { query: 'pacta sunt servanda', kinds: ['title-or-heading', 'exact'], answers: [{ document: vclt, quote: 'Every treaty in force is binding upon the parties to it' }] },
  {
    query: 'grounds for excluding criminal responsibility intoxication',
    kinds: ['title-or-heading'],
    answers: [{ document: rome, quote: 'The person is in a state of intoxication' }],
  },
  {
    query: 'exclusion of jurisdiction over persons under eighteen',
    kinds: ['title-or-heading'],
    answers: [{ document: rome, quote: 'no jurisdiction over any person who was under the age of 18' }],
  },
  {
    query: 'right to a fair trial within a reasonable time european convention',
    kinds: ['title-or-heading'],
    answers: [{ document: 'european-convention-human-rights', quote: 'fair and public hearing within a reasonable time' }],
  },
  {
    query: 'irrelevance of official capacity head of state',
    kinds: ['title-or-heading'],
    answers: [{ document: rome, quote: 'official capacity as a Head of State or Government' }],
  },

  // Hyphen and spelling variants
  {
    query: 'cooperate with the office of the high commissioner for refugees',
    kinds: ['spelling-variant'],
    // The 1967 Protocol writes "cooperate" (art. II): it answers the words, not the variant asked about.
    answers: [{ document: 'refugee-convention-1951', quote: 'undertake to co-operate with the Office of the United Nations High Commissioner for Refugees' }],
  },
  { query: 'nonrefoulement', kinds: ['spelling-variant', 'title-or-heading'], answers: [{ document: 'refugee-convention-1951', quote: 'No Contracting State shall expel or return' }] },
  {
    query: 'attacks against personnel of a peace-keeping mission',
    kinds: ['spelling-variant'],
    answers: [{ document: rome, quote: 'humanitarian assistance or peacekeeping mission' }],
  },
  {
    query: 'all peoples have the right of selfdetermination',
    kinds: ['spelling-variant'],
    answers: [
      { document: iccpr, quote: 'All peoples have the right of self-determination' },
      { document: 'icescr-1966', quote: 'All peoples have the right of self-determination' },
    ],
  },
  {
    query: 'no one required to perform forced or compulsory labor',
    kinds: ['spelling-variant'],
    answers: [
      { document: iccpr, quote: 'No one shall be required to perform forced or compulsory labour' },
      { document: 'european-convention-human-rights', quote: 'No one shall be required to perform forced or compulsory labour' },
    ],
  },
  {
    query: 'criminalisation of participation in an organised criminal group',
    kinds: ['spelling-variant'],
    answers: [{ document: 'un-convention-transnational-organized-crime', label: 'Art. 5' }],
  },
  {
    query: 'adequate time and facilities for preparation of his defense',
    kinds: ['spelling-variant'],
    answers: [{ document: iccpr, quote: 'adequate time and facilities for the preparation of his defence' }],
  },

  // Paraphrase with a few exact words
  {
    query: 'never tried twice for the same offence already convicted or acquitted',
    kinds: ['paraphrase'],
    answers: [
      { document: iccpr, quote: 'No one shall be liable to be tried or punished again for an offence' },
      { document: rome, label: 'Art. 20' },
    ],
  },
  {
    query: 'women equal pay for work of equal value',
    kinds: ['paraphrase'],
    answers: [
      { document: 'cedaw-1979', quote: 'equal treatment in respect of work of equal value' },
      { document: 'icescr-1966', quote: 'equal remuneration for work of equal value' },
    ],
  },
  {
    query: 'states must not use force against territorial integrity of another state',
    kinds: ['paraphrase'],
    answers: [{ document: 'charter-of-the-united-nations', quote: 'refrain in their international relations from the threat or use of force' }],
  },

  // Citations
  { query: 'art. 7(1)(h) rome statute', kinds: ['citation'], answers: [{ document: rome, label: 'Art. 7(1)(h)' }] },
  { query: '7(1)(h) doc:"rome statute"', kinds: ['citation'], answers: [{ document: rome, label: 'Art. 7(1)(h)' }] },
  { query: 'article 33 refugee convention', kinds: ['citation'], answers: [{ document: 'refugee-convention-1951', label: 'Art. 33' }] },
  // The Markdown lost the space in "4.All Members", so the Charter has no passage Art. 2(4): the article holding it counts.
  {
    query: 'article 2(4) UN Charter',
    kinds: ['citation'],
    answers: [{ document: 'charter-of-the-united-nations', label: 'Art. 2', quote: 'refrain in their international relations from the threat or use of force' }],
  },

  // Exact words (controls)
  {
    query: 'All human beings are born free and equal in dignity and rights',
    kinds: ['exact'],
    answers: [{ document: 'universal-declaration-human-rights', quote: 'All human beings are born free and equal in dignity and rights' }],
  },
  {
    query: 'Elements of Crimes shall assist the Court in the interpretation and application',
    kinds: ['exact'],
    answers: [{ document: rome, quote: 'Elements of Crimes shall assist the Court in the interpretation and application' }],
  },
];
