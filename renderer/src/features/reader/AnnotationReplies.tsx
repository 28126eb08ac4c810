import { useIntl } from 'react-intl';
import type { AnnotationReply } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';

/** The replies to a mark that came with another reader's file, oldest first: who, when, what. */
export function AnnotationReplies({ replies }: { replies: AnnotationReply[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <ol className="annotation-replies" aria-label={t('annotations.replies')}>
      {replies.map((reply, index) => (
        <li key={index} className="annotation-reply">
          <span className="annotation-reply-meta">
            <span className="annotation-reply-author">{reply.author || t('annotations.unknownAuthor')}</span>
            {reply.createdAt && (
              <time className="annotation-date" dateTime={reply.createdAt}>
                {intl.formatDate(reply.createdAt, { dateStyle: 'medium' })}
              </time>
            )}
          </span>
          <p className="annotation-reply-text">{reply.text}</p>
        </li>
      ))}
    </ol>
  );
}
