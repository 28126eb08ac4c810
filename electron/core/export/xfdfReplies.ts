import type { AnnotationReply } from '../../common/model';

/** An XFDF element that replies to another (`inreplyto`, ISO 19444-1). */
export interface ReplyElement<Mark> {
  /** Its own `name` ('' if none): a reply may be replied to. */
  name: string;
  /** The `name` of the element it answers. */
  inReplyTo: string;
  reply: AnnotationReply;
  /** The element as a mark of its own, if it has a kind and a place: used when its thread has no mark. */
  alone: Mark | undefined;
}

/** Replies to replies: Acrobat nests them; a longer chain is a loop or a forgery. */
const maxDepth = 100;

/**
 * Puts each reply under the mark its thread starts from (a reply to a reply joins the same
 * mark: Briefing shows a thread as one list, as Acrobat's comment pane does), oldest first.
 * `markNamed` finds a mark by an element's `name`. Returns the replies whose thread has no mark
 * in the file (or loops): each as a mark of its own, or undefined when it has no place.
 */
export function threadReplies<Mark extends { replies: AnnotationReply[] }>(
  replies: ReplyElement<Mark>[],
  markNamed: (name: string) => Mark | undefined,
): (Mark | undefined)[] {
  const replyNamed = new Map(replies.filter((reply) => reply.name !== '').map((reply) => [reply.name, reply]));
  const orphans: (Mark | undefined)[] = [];
  const threaded = new Set<Mark>();
  for (const element of replies) {
    let target = element.inReplyTo;
    let mark = markNamed(target);
    for (let depth = 0; !mark && depth < maxDepth; depth += 1) {
      const parent = replyNamed.get(target);
      if (!parent || parent === element) break;
      target = parent.inReplyTo;
      mark = markNamed(target);
    }
    if (!mark) {
      orphans.push(element.alone);
      continue;
    }
    mark.replies.push(element.reply);
    threaded.add(mark);
  }
  // Undated replies keep their place in the file; ISO timestamps of one offset sort as text.
  for (const mark of threaded) {
    const order = new Map(mark.replies.map((reply, index) => [reply, index]));
    mark.replies.sort(
      (left, right) => (left.createdAt && right.createdAt ? left.createdAt.localeCompare(right.createdAt) : 0) || order.get(left)! - order.get(right)!,
    );
  }
  return orphans;
}
