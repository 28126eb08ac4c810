import { stringify } from 'csv-stringify/sync';
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from 'docx';
import { formatMessage } from '../../common/i18n/messages';
import { positionStances, type CompilationMatrix, type InterfaceLanguage, type MatrixCell } from '../../common/model';
import { stateByCode } from '../states/stateCatalogue';
import { xmlSafe } from '../export/xmlText';

/** How a matrix is written out: a spreadsheet (CSV) or a Word landscape table. */
export type MatrixFormat = 'csv' | 'docx';

/**
 * The compilation matrix as the rows of a table: a header (the article column, then each
 * State or group named in `language`), then one row per article or paragraph whose cells say
 * each stance with its count ("Supports; Proposes an amendment ×2"), empty where nothing was said.
 */
export function matrixTable(matrix: CompilationMatrix, language: InterfaceLanguage): string[][] {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.label}\u0000${cell.column}`, cell]));
  const header = [formatMessage(language, 'positions.list.article'), ...matrix.columns.map((column) => (column.speaker.kind === 'state' ? stateByCode(column.speaker.code)?.names[language] : undefined) ?? column.name)];
  const rows = matrix.rows.map((row) => [row.label, ...matrix.columns.map((column) => cellText(cells.get(`${row.label}\u0000${column.key}`), language))]);
  return [header, ...rows];
}

function cellText(cell: MatrixCell | undefined, language: InterfaceLanguage): string {
  if (!cell) return '';
  return positionStances
    .filter((stance) => cell.counts[stance])
    .map((stance) => {
      const count = cell.counts[stance]!;
      const name = formatMessage(language, `positions.stance.${stance}`);
      return count > 1 ? `${name} ×${count}` : name;
    })
    .join('; ');
}

/**
 * The matrix as a file: CSV as RFC 4180 with a byte-order mark, so Excel reads UTF-8 names
 * (csv-stringify, of the node-csv project), or a .docx with a landscape table whose header
 * row repeats on every page (the `docx` package).
 */
export async function exportMatrix(
  matrix: CompilationMatrix,
  options: { format: MatrixFormat; language: InterfaceLanguage; title: string },
): Promise<{ fileName: string; mediaType: string; data: Uint8Array }> {
  const table = matrixTable(matrix, options.language);
  const base = `${options.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60) || 'draft'}-positions`;
  if (options.format === 'csv') {
    return { fileName: `${base}.csv`, mediaType: 'text/csv', data: new TextEncoder().encode(stringify(table, { bom: true })) };
  }
  const [header, ...rows] = table;
  const document = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(options.title))] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [wordRow(header, true), ...rows.map((values) => wordRow(values, false))] }),
        ],
      },
    ],
  });
  return {
    fileName: `${base}.docx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    data: new Uint8Array(await Packer.toBuffer(document)),
  };
}

/** A row of the Word table: the header row repeats on every page and no row splits across two. */
function wordRow(values: string[], isHeader: boolean): TableRow {
  return new TableRow({
    tableHeader: isHeader,
    cantSplit: true,
    children: values.map(
      (value) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(value), bold: isHeader, size: 16 })] })] }),
    ),
  });
}
