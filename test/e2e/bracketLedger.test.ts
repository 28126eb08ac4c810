import { describe, expect, it } from 'vitest';
import type { PositionInput } from '../../electron/common/model';
import { createPosition } from '../../electron/core/db/repos/positionsRepo';
import type { Library } from '../../electron/core/library/library';
import { addBracketedRevision, bracketedOriginal, bracketedRevision } from '../fixtures/bracketDrafts';
import { BriefingPage } from './pages/BriefingPage';
import { accessibilityViolations } from './support/axe';
import { useAppSession } from './support/appSession';

const on = (revisionDocumentId: number, code: string, targetLabel: string, patch: Partial<PositionInput>): PositionInput => ({
  speaker: { kind: 'state', code },
  revisionDocumentId,
  targetLabel,
  stance: 'supports',
  summary: '',
  proposedWording: '',
  quote: '',
  source: { documentId: null, pageIndex: null, meeting: '', date: null },
  ...patch,
});

/** Two revisions of a bracketed draft, as imported in an earlier session, and four positions on them. */
function seed({ db }: Library): void {
  const original = addBracketedRevision(db, 0, bracketedOriginal);
  const revision = addBracketedRevision(db, 1, bracketedRevision);
  createPosition(db, on(original, 'GHA', 'Art. 2(1)', { proposedWording: 'Each State should take measures' }));
  createPosition(db, on(original, 'CAN', 'Art. 3', { proposedWording: 'Each State may extradite.' }));
  createPosition(db, on(revision, 'FRA', 'Art. 3(2)', { stance: 'amends', proposedWording: 'States may consult each other.' }));
  createPosition(db, on(revision, 'BRA', 'Art. 3', { quote: 'We support option 1: each State shall extradite or prosecute.' }));
}

const session = useAppSession({ seed });

describe('the bracket ledger', () => {
  it('shows for a revision the brackets that remain, the new ones and those cleaned since the previous revision, with who holds each', async () => {
    const app = new BriefingPage(await session.context.newPage());
    await app.open(session.host.appUrl);
    await app.navigation.waitFor();
    await app.page.keyboard.press('Control+3');
    await app.page.getByRole('tab', { name: 'Brackets' }).click();
    const ledger = app.page.getByRole('region', { name: 'Bracket ledger' });
    await app.choose(ledger, /Draft revision/, 'Draft convention (A/AC.1/L.1/Rev.1)');
    await ledger.getByText('4 open bracket sets (2 new); 2 cleaned since A/AC.1/L.1').waitFor();

    const article2 = ledger.getByRole('region', { name: 'Art. 2' });
    expect(await article2.getByRole('heading', { level: 3 }).textContent()).toBe('Art. 2 · Obligation of prevention');
    expect(await article2.getByText('1 open · 2 cleaned').count()).toBe(1);
    const open = article2.getByRole('list').first().getByRole('listitem').first();
    expect(await open.locator('.ledger-set-line').textContent()).toBe('Art. 2(1)Remains');
    await open.getByText('[effective]').waitFor();
    await open.getByText('No position holds it yet').waitFor();
    await article2.getByRole('heading', { name: 'Cleaned since A/AC.1/L.1' }).waitFor();
    const settled = article2.locator('.ledger-cleaned > li').first();
    await settled.getByText('Kept: “shall”').waitFor();
    expect(await settled.locator('.ledger-option').allTextContents()).toEqual(['[shall]', '[should]']);
    await settled.getByText('Ghana: “should”').waitFor();
    await article2.locator('.ledger-cleaned > li').nth(1).getByText('Words deleted').waitFor();

    const article3 = ledger.getByRole('region', { name: 'Art. 3' });
    const sets = article3.locator('.ledger-sets > li');
    expect(await sets.count()).toBe(3);
    expect(await sets.nth(0).textContent()).toContain('Remains');
    // Held on this revision, and on the original for a set still open.
    await sets.nth(0).getByText('Brazil: “Each State shall extradite or prosecute.”; Canada: “Each State may extradite.” (on Original)').waitFor();
    expect(await sets.nth(1).textContent()).toContain('New');
    expect(await sets.nth(1).locator('.ledger-option').allTextContents()).toEqual(['[shall]', '[may]']);
    await sets.nth(1).getByText('France: “may”').waitFor();
    await sets.nth(2).getByText('France: “each other”').waitFor();
    expect(await accessibilityViolations(app.page)).toEqual([]);

    // The original: its four sets, nothing to compare with.
    await app.choose(ledger, /Draft revision/, 'Draft convention (A/AC.1/L.1)');
    await ledger.getByText('4 open bracket sets; no earlier revision in its family to compare with').waitFor();
  });
});
