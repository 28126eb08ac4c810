import { useRef } from 'react';
import { findCitedPassage } from '../../../../electron/common/citations';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { GoToBox } from '../../components/GoToBox';
import { useT } from '../../i18n/useT';

/**
 * "Go to article": takes what a delegate would write (7, art. 7, 7(1)(h), 8 bis, DA 6) and,
 * on Enter, goes to that passage; says so when the document has no such article. Ctrl+G
 * (the reader.goToArticle command) puts the focus here, so any article is two keystrokes away.
 */
export function GoToArticleBox({ passages, onGoTo }: { passages: DocumentPassage[] | undefined; onGoTo: (passage: DocumentPassage) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useCommand('reader.goToArticle', () => {
    input.current?.focus();
    input.current?.select();
  });
  return (
    <GoToBox
      label={t('reader.goToArticle')}
      placeholder={t('reader.goToArticlePlaceholder')}
      inputRef={input}
      go={(value) => {
        if (!passages) return undefined;
        const found = findCitedPassage(passages, value);
        if (found.found) {
          onGoTo(found.passage);
          return undefined;
        }
        return { problem: true, text: found.reason === 'missing' ? t('reader.goToArticleMissing', { citation: found.citation.display }) : t('reader.goToArticleUnreadable') };
      }}
    />
  );
}
