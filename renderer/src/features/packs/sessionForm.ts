import { parseDate, type CalendarDate } from '@internationalized/date';
import type { PackSession } from '../../../../electron/common/packs';
import { parseAgenda } from './packForm';

/** A session as its form holds it: dates as calendar dates (React Aria's date fields), the agenda as typed lines. */
export interface SessionForm {
  name: string;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  place: string;
  agenda: string;
}

export const blankSessionForm: SessionForm = { name: '', startDate: null, endDate: null, place: '', agenda: '' };

/** The form of a saved session; a date the library holds that does not parse is left empty. */
/** yyyy-mm-dd as a calendar date; null for none or one that does not parse. */
function calendarDate(value: string | null): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

export function sessionFormOf(session: PackSession): SessionForm {
  return { name: session.name, startDate: calendarDate(session.startDate), endDate: calendarDate(session.endDate), place: session.place, agenda: session.agendaItems.join('\n') };
}

/** The session to save (dates yyyy-mm-dd), on the revision chosen. */
export function sessionOf(form: SessionForm, revisionDocumentId: number | null): PackSession {
  return {
    name: form.name.trim(),
    startDate: form.startDate?.toString() ?? null,
    endDate: form.endDate?.toString() ?? null,
    place: form.place.trim(),
    agendaItems: parseAgenda(form.agenda),
    revisionDocumentId,
  };
}

/** An end before the start is a slip of the keyboard: the form says so rather than save it. */
export function datesInOrder(form: SessionForm): boolean {
  return !form.startDate || !form.endDate || form.startDate.compare(form.endDate) <= 0;
}
