import { useRef, useState } from 'react';
import { Form, Input, Text, TextField } from 'react-aria-components';
import { findCitedPassage } from '../../../../electron/common/citations';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { useT } from '../../i18n/useT';

/**
 * "Go to article": takes what a delegate would write (7, art. 7, 7(1)(h), 8 bis, DA 6) and,
 * on Enter, goes to that passage; says so when the document has no such article. Ctrl+G
 * (the reader.goToArticle command) puts the focus here, so any article is two keystrokes away.
 */
export function GoToArticleBox({ passages, onGoTo }: { passages: DocumentPassage[] | undefined; onGoTo: (passage: DocumentPassage) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  useCommand('reader.goToArticle', () => {
    input.current?.focus();
    input.current?.select();
  });
  const go = () => {
    if (!passages || value.trim() === '') return;
    const found = findCitedPassage(passages, value);
    if (found.found) {
      setProblem(undefined);
      onGoTo(found.passage);
    } else {
      setProblem(found.reason === 'missing' ? t('reader.goToArticleMissing', { citation: found.citation.display }) : t('reader.goToArticleUnreadable'));
    }
  };
  return (
    <Form
      className="goto-box"
      onSubmit={(event) => {
        event.preventDefault();
        go();
      }}
    >
      <TextField
        aria-label={t('reader.goToArticle')}
        value={value}
        onChange={(next) => {
          setValue(next);
          setProblem(undefined);
        }}
        isInvalid={problem !== undefined}
        validationBehavior="aria"
      >
        <Input ref={input} className="input goto-input" placeholder={t('reader.goToArticlePlaceholder')} />
        {problem && (
          <Text slot="errorMessage" className="goto-problem" role="alert">
            {problem}
          </Text>
        )}
      </TextField>
    </Form>
  );
}
