import { parseDate, type CalendarDate } from '@internationalized/date';
import { useEffect, useRef, useState } from 'react';
import { DateField, DateInput, DateSegment, Form, Input, Label, TextField } from 'react-aria-components';
import { documentKinds, unLanguages, type DocumentKind, type DocumentMetadataPatch, type DocumentSummary, type UnLanguage } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useLibraryLabels } from './useLibraryLabels';

const unknownLanguage = 'unknown';

/**
 * Corrects what import guessed: title, kind, UN symbol, date, language. Saved with Save (or
 * Enter in a field); Revert puts back what the library holds.
 */
export function DocumentDetailsForm({
  document,
  onSave,
  isSaving,
  saved,
  focusTitle,
}: {
  document: DocumentSummary;
  onSave: (patch: DocumentMetadataPatch) => void;
  isSaving: boolean;
  /** The library holds what the form shows, just saved: said until the next change. */
  saved: boolean;
  /** Changes when the user asks to edit this document's details: the title field takes the focus. */
  focusTitle: number;
}) {
  const t = useT();
  const labels = useLibraryLabels();
  const initial = {
    title: document.title,
    kind: document.kind,
    symbol: document.symbol ?? '',
    date: document.documentDate ? parseDate(document.documentDate) : null,
    language: document.language ?? unknownLanguage,
  };
  const [title, setTitle] = useState(initial.title);
  const [kind, setKind] = useState<DocumentKind>(initial.kind);
  const [symbol, setSymbol] = useState(initial.symbol);
  const [date, setDate] = useState<CalendarDate | null>(initial.date);
  const [language, setLanguage] = useState(initial.language);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusTitle > 0) titleInput.current?.select();
  }, [focusTitle]);

  const changed =
    title !== initial.title || kind !== initial.kind || symbol !== initial.symbol || language !== initial.language || date?.toString() !== initial.date?.toString();
  const revert = () => {
    setTitle(initial.title);
    setKind(initial.kind);
    setSymbol(initial.symbol);
    setDate(initial.date);
    setLanguage(initial.language);
  };
  // Languages the library may hold beyond the six (an import's guess) stay choosable.
  const languages = unLanguages.includes(initial.language as UnLanguage) || initial.language === unknownLanguage ? unLanguages : [...unLanguages, initial.language];

  return (
    <Form
      className="details-form"
      aria-label={t('library.details.formLabel', { title: document.title })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed || title.trim() === '') return;
        onSave({
          title: title.trim(),
          kind,
          symbol: symbol.trim() || null,
          documentDate: date ? date.toString() : null,
          language: language === unknownLanguage ? null : language,
        });
      }}
    >
      <TextField className="field details-field" value={title} onChange={setTitle} isRequired maxLength={500}>
        <Label>{t('library.details.title')}</Label>
        <Input ref={titleInput} className="input" />
      </TextField>
      <div className="details-row">
        <ChoiceSelect
          label={t('library.details.kind')}
          labelShown="above"
          className="details-field"
          value={kind}
          choices={documentKinds.map((value) => ({ id: value, label: labels.kind(value) }))}
          onChange={(value) => setKind(value as DocumentKind)}
        />
        <ChoiceSelect
          label={t('library.details.language')}
          labelShown="above"
          className="details-field"
          value={language}
          choices={[{ id: unknownLanguage, label: t('library.language.unknown') }, ...languages.map((code) => ({ id: code, label: labels.language(code) }))]}
          onChange={setLanguage}
        />
      </div>
      <div className="details-row">
        <TextField className="field details-field" value={symbol} onChange={setSymbol} maxLength={100}>
          <Label>{t('library.details.symbol')}</Label>
          <Input className="input" />
        </TextField>
        <DateField className="field details-field" value={date} onChange={setDate} granularity="day">
          <Label>{t('library.details.date')}</Label>
          <DateInput className="input date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </DateField>
      </div>
      <div className="button-row">
        <Button type="submit" isDisabled={!changed || isSaving || title.trim() === ''}>
          {t('library.details.save')}
        </Button>
        <Button variant="quiet" isDisabled={!changed || isSaving} onPress={revert}>
          {t('library.details.revert')}
        </Button>
      </div>
      <p className="detail-saved" role="status">
        {saved && !changed ? t('library.details.saved') : ''}
      </p>
    </Form>
  );
}
