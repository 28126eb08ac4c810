// The comments of a Word file (comments.xml, ECMA-376 Part 1, §17.13.4) and their replies.
import type { AnnotationReply } from '../../../../common/model';
import { noTrackedChanges, readParagraph } from './paragraphText';
import { attribute, elements, type WordElement } from './wordXml';

export interface WordComment {
  id: string;
  /** '' when the file does not say. */
  author: string;
  /** ISO 8601 as Word writes it (local time without a zone, or UTC with Z); '' when absent. */
  date: string;
  text: string;
  replies: AnnotationReply[];
}

/**
 * The comments that open a thread, by id, each with its replies. Word 2013 and later write a
 * reply as a comment of its own on the same text, linked to its parent in commentsExtended.xml
 * (w15:commentEx w15:paraIdParent, keyed by the w14:paraId of the comment's last paragraph).
 */
export function readWordComments(comments: WordElement | undefined, extended: WordElement | undefined): Map<string, WordComment> {
  const parentOfParagraph = new Map(
    elements(extended, 'commentEx')
      .filter((entry) => attribute(entry, 'paraIdParent') !== undefined)
      .map((entry) => [attribute(entry, 'paraId') ?? '', attribute(entry, 'paraIdParent') ?? '']),
  );
  const byParagraph = new Map<string, WordComment>();
  const threads = new Map<string, WordComment>();
  const replies: [string, WordComment][] = [];
  for (const element of elements(comments, 'comment')) {
    const paragraphs = elements(element, 'p');
    const comment: WordComment = {
      id: attribute(element, 'id') ?? '',
      author: attribute(element, 'author') ?? '',
      date: attribute(element, 'date') ?? '',
      // The comment's own tracked changes are not the document's: counted apart, and not reported.
      text: paragraphs.map((paragraph) => readParagraph(paragraph, () => '', noTrackedChanges()).text.trim()).join('\n').trim(),
      replies: [],
    };
    const lastParagraph = attribute(paragraphs[paragraphs.length - 1], 'paraId');
    if (lastParagraph !== undefined) byParagraph.set(lastParagraph, comment);
    const parent = lastParagraph === undefined ? undefined : parentOfParagraph.get(lastParagraph);
    if (parent === undefined) threads.set(comment.id, comment);
    else replies.push([parent, comment]);
  }
  for (const [parent, reply] of replies) {
    const thread = byParagraph.get(parent);
    if (thread && threads.has(thread.id)) thread.replies.push({ author: reply.author, text: reply.text, createdAt: reply.date });
    else threads.set(reply.id, reply);
  }
  return threads;
}
