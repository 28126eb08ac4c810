import type { SearchResponse } from '../../../../electron/common/model';
import type { ReaderTarget } from '../shell/navigation';

export const annotationKey = (annotationId: number) => `annotation-${annotationId}`;
export const passageKey = (passageId: number) => `passage-${passageId}`;

/**
 * Where each result leads, by the key of its option, in the order the list shows them: the
 * user's annotations first (the mark is selected when the document opens), then each
 * document's passages (the document opens at the passage, highlighted, with the matched
 * words marked).
 */
export function resultTargets(response: SearchResponse): Map<string, ReaderTarget> {
  const targets = new Map<string, ReaderTarget>();
  for (const hit of response.annotations) {
    targets.set(annotationKey(hit.annotationId), { documentId: hit.documentId, pageIndex: hit.pageIndex, terms: [], annotationId: hit.annotationId });
  }
  for (const group of response.groups) {
    for (const hit of group.hits) {
      targets.set(passageKey(hit.passageId), { documentId: group.documentId, pageIndex: hit.pageIndex, terms: hit.matchedTerms, passageId: hit.passageId });
    }
  }
  return targets;
}
