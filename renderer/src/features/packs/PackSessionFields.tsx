import { DateField, DateInput, DateSegment, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useT } from '../../i18n/useT';
import type { SessionForm } from './sessionForm';

/** The session's name, dates, place and agenda: the same fields when a pack is made, edited or duplicated. */
export function PackSessionFields({ value, onChange }: { value: SessionForm; onChange: (value: SessionForm) => void }) {
  const t = useT();
  const set = (patch: Partial<SessionForm>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextField className="field pack-field-wide" value={value.name} onChange={(name) => set({ name })} maxLength={300}>
        <Label>{t('packs.form.sessionName')}</Label>
        <Input className="input" />
      </TextField>
      <div className="pack-form-row">
        <DateField className="field" value={value.startDate} onChange={(startDate) => set({ startDate })} granularity="day">
          <Label>{t('packs.form.startDate')}</Label>
          <DateInput className="input date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </DateField>
        <DateField className="field" value={value.endDate} onChange={(endDate) => set({ endDate })} granularity="day">
          <Label>{t('packs.form.endDate')}</Label>
          <DateInput className="input date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </DateField>
      </div>
      <TextField className="field pack-field-wide" value={value.place} onChange={(place) => set({ place })} maxLength={300}>
        <Label>{t('packs.form.place')}</Label>
        <Input className="input" />
      </TextField>
      <TextField className="field pack-field-wide" value={value.agenda} onChange={(agenda) => set({ agenda })} maxLength={5_000}>
        <Label>{t('packs.form.agenda')}</Label>
        <TextArea className="input" rows={3} />
      </TextField>
    </>
  );
}
