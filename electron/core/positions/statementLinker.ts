import { citationsInText } from '../../common/citationsInText';
import type { LinkSuggestion } from '../../common/model';
import { ArticleTerms } from './keyTerms';
import { guessStance } from '../../common/stanceGuess';

/** A passage of the draft revision as the linker reads it. */
export interface DraftPassage {
  label: string;
  level: string;
  heading: string | null;
  text: string;
}

/**
 * "article 7 of the Rome Statute", "artículo 5 de la Convención contra la Tortura": an article
 * of another instrument, which a statement cites to compare, not the draft's. The words between
 * the number and "of" may not name another article ("draft article 6, which mirrors article 7
 * of the Rome Statute" cites the draft's 6); instrument names are matched with their capitals,
 * and "the Convention on crimes against humanity" is the one being negotiated.
 */
const otherInstrument =
  /(?<![\p{L}])(?:[Aa]rticle|[Aa]rt\.|[Aa]rt[íi]culo)\s*(\d{1,4})(?:(?![Aa]rt[íi]?(?:cle|culo))[^.;]){0,40}?\b(?:of|de|del|du)\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?(?:Rome\s+Statute|Statute|Statut|Estatuto|Charter|Charte|Carta|Covenant|Pacte|Pacto|Genocide\s+Convention|Convention\s+(?:against|on|for|relative|contre|sur|pour)|Convenci[oó]n\s+(?:contra|sobre|para)|Protocol|Protocole|Protocolo)(?![^.;]{0,60}[Cc]rimes? (?:against|contre|de lesa) (?:[Hh]umanity|l['’]humanité|humanidad))/gu;

/** A paragraph this short that cites an article is a heading ("Draft article 6: Criminalization"). */
const longestHeading = 80;
/** A heading is not a sentence: "On draft article 6, we agree." is a short paragraph, not a heading. */
const endsSentence = /[.!?。！？؟]$/u;
/** Shorter paragraphs under a heading are courtesies ("Thank you, Mr. Chair."), not about the article. */
const shortestSubstance = 60;

/**
 * The statement linker's reading of one draft revision: which labels it has, and its articles'
 * key terms. Build once per statement and ask `suggest` for each paragraph.
 */
export class DraftLinker {
  private readonly labels: Set<string>;
  private readonly articles: DraftPassage[];
  private readonly terms: ArticleTerms;

  /** `passages` in reading order; `language` the draft's (BCP 47 primary tag) or null. */
  constructor(passages: readonly DraftPassage[], language: string | null) {
    this.labels = new Set(passages.map((passage) => passage.label));
    this.articles = passages.filter((passage) => passage.level === 'article');
    this.terms = new ArticleTerms(
      this.articles.map((article) => ({ label: article.label, text: `${article.heading ?? ''}\n${article.text}` })),
      language,
    );
  }

  /**
   * The article a paragraph addresses: the first article of the draft it cites (the paragraph
   * cited when the revision has it, else its article; a label the revision lacks when it has
   * neither), else the article whose key terms it shares (ArticleTerms), else null.
   */
  suggest(paragraph: string): LinkSuggestion | null {
    const stance = guessStance(paragraph);
    const elsewhere = new Set([...paragraph.matchAll(otherInstrument)].map((match) => String(Number(match[1]))));
    const citations = citationsInText(paragraph).filter((citation) => !elsewhere.has(citation.article));
    if (citations.length > 0) {
      const resolved = citations.map((citation) => ({ citation, label: this.resolve(citation.label, `Art. ${citation.article}`) }));
      const chosen = resolved.find((each) => each.label !== undefined) ?? resolved[0];
      const inRevision = chosen.label !== undefined;
      return {
        targetLabel: chosen.label ?? chosen.citation.label,
        inRevision,
        confidence: inRevision ? 1 : 0.6,
        reason: { kind: 'cites', citation: chosen.citation.display, alsoCites: citations.filter((citation) => citation !== chosen.citation).map((citation) => citation.display) },
        stance,
      };
    }
    const match = this.terms.bestFor(paragraph);
    if (!match) return null;
    // How far the best article stands above the next: 0.3 when level, 0.9 when alone.
    const lead = match.score > 0 ? (match.score - match.runnerUp) / match.score : 0;
    return {
      targetLabel: this.articles[match.unit].label,
      inRevision: true,
      confidence: Math.round((0.3 + 0.6 * lead) * 100) / 100,
      reason: { kind: 'terms', terms: match.terms },
      stance,
    };
  }

  /**
   * Every paragraph of a statement in order, each as `suggest` reads it, except that a short
   * paragraph citing one article and not ending as a sentence ends is taken for a heading
   * ("Draft article 6: Criminalization"): the substantive
   * paragraphs under it that cite nothing themselves address that article too, until the next
   * paragraph that cites one. Lengths in characters, so that Chinese, written without spaces,
   * is measured as the other languages are.
   */
  suggestAll(paragraphs: readonly string[]): (LinkSuggestion | null)[] {
    let heading: LinkSuggestion | undefined;
    return paragraphs.map((text) => {
      const own = this.suggest(text);
      const length = text.trim().length;
      if (own?.reason.kind === 'cites') {
        heading = length <= longestHeading && !endsSentence.test(text.trim()) && own.reason.alsoCites.length === 0 ? own : undefined;
        return own;
      }
      if (!heading || heading.reason.kind !== 'cites' || length < shortestSubstance) return own;
      return { ...heading, confidence: 0.8, reason: { kind: 'heading', citation: heading.reason.citation }, stance: guessStance(text) };
    });
  }

  private resolve(...labels: string[]): string | undefined {
    return labels.find((label) => this.labels.has(label));
  }
}
