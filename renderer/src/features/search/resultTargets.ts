import type { AnnotationSearchHit, SearchHit, SearchResponse } from '../../../../electron/common/model';
import type { ReaderTarget } from '../shell/navigation';

export const annotationKey = (annotationId: number) => `annotation-${annotationId}`;
export const passageKey = (passageId: number) => `passage-${passageId}`;

/** An annotation of the user's opens its document with the mark selected. */
export function annotationTarget(hit: AnnotationSearchHit): ReaderTarget {
  return { documentId: hit.documentId, pageIndex: hit.pageIndex, terms: [], annotationId: hit.annotationId };
}

/** A passage opens its document at the passage, highlighted, with the matched words marked. */
export function passageTarget(documentId: number, hit: SearchHit): ReaderTarget {
  return { documentId, pageIndex: hit.pageIndex, terms: hit.matchedTerms, passageId: hit.passageId };
}

/**
 * Where each result leads, by the key of its option, in the order the list shows them: the
 * user's annotations first, then each document's passages.
 */
export function resultTargets(response: SearchResponse): Map<string, ReaderTarget> {
  const targets = new Map<string, ReaderTarget>();
  for (const hit of response.annotations) targets.set(annotationKey(hit.annotationId), annotationTarget(hit));
  for (const group of response.groups) {
    for (const hit of group.hits) targets.set(passageKey(hit.passageId), passageTarget(group.documentId, hit));
  }
  return targets;
}
