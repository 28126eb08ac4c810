import type { MessageId } from '../../../../electron/common/i18n/messages';

/** What an example shows of the query language, so a test can check each translation still does it. */
export type SyntaxFeature = 'words' | 'phrase' | 'either' | 'without' | 'kind' | 'languageYear' | 'document' | 'citation';

export interface SyntaxExample {
  feature: SyntaxFeature;
  /** A query to type: a message when its words are translated, else the query itself. */
  example: { message: MessageId } | { literal: string };
  meaning: MessageId;
}

/**
 * The empty Search screen's cheat-sheet, by example. Example words are translated (a French
 * delegate searches French texts); the operators and filter names stay as the parser reads them
 * (test/unit/searchSyntaxHelp.test.ts parses every language's examples).
 */
export const syntaxExamples: readonly SyntaxExample[] = [
  { feature: 'words', example: { message: 'search.help.allWordsExample' }, meaning: 'search.help.allWords' },
  { feature: 'phrase', example: { message: 'search.help.phraseExample' }, meaning: 'search.help.phrase' },
  { feature: 'either', example: { message: 'search.help.eitherExample' }, meaning: 'search.help.either' },
  { feature: 'without', example: { message: 'search.help.withoutExample' }, meaning: 'search.help.without' },
  { feature: 'kind', example: { literal: 'kind:draft  kind:statement' }, meaning: 'search.help.kind' },
  { feature: 'languageYear', example: { literal: 'lang:fr  year:1990..2005' }, meaning: 'search.help.languageYear' },
  { feature: 'document', example: { message: 'search.help.documentExample' }, meaning: 'search.help.document' },
  { feature: 'citation', example: { message: 'search.help.citationExample' }, meaning: 'search.help.citation' },
];
