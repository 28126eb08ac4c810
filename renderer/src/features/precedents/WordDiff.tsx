import type { WordChange } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';

/**
 * A precedent's word diff against the draft: the precedent's words the draft left out struck
 * through (<del>), the draft's own words underlined (<ins>), each with a hidden spoken marker,
 * so the difference never rests on colour alone.
 */
export function WordDiff({ changes }: { changes: WordChange[] }) {
  const t = useT();
  return (
    <p className="word-diff">
      {changes.map((change, index) => {
        if (change.kind === 'same') return <span key={index}>{change.text}</span>;
        const Tag = change.kind === 'inserted' ? 'ins' : 'del';
        return (
          <Tag key={index}>
            <span className="visually-hidden">{t(change.kind === 'inserted' ? 'precedents.insertedStart' : 'precedents.deletedStart')}</span>
            {change.text}
            <span className="visually-hidden">{t('precedents.changeEnd')}</span>
          </Tag>
        );
      })}
    </p>
  );
}
