import { ENCODING_LABELS, SEPARATOR_LABELS, TEXT_ENCODINGS, SEPARATORS, WORKBOOK_LABELS, countOf, type ReadOptions, type ReadTable, type Separator, type TextEncoding } from '../../../shared/import';
import { SelectField } from '../SelectField';
import styles from './Import.module.css';

/**
 * How the file was read — rows, encoding, separator or sheet — with the choice to read it
 * another way. Detected values are marked so, so the person importing knows what to check.
 */
export function FileReadSummary({ table, reading, onReread }: { table: ReadTable; reading: boolean; onReread: (options: ReadOptions) => void }) {
  const textOptions = (change: Partial<ReadOptions>): ReadOptions => ({
    encoding: table.encoding ?? undefined,
    separator: table.separator ?? undefined,
    ...change,
  });
  return (
    <div className={styles.readSummary}>
      <p className={styles.fileLine}>
        <strong>{table.fileName}</strong>: {countOf(table.rows.length, 'row')} below the header, {countOf(table.headers.length, 'column')}
        {table.format === 'xlsx' ? ` (${WORKBOOK_LABELS[table.workbookKind ?? 'xlsx']}, sheet “${table.sheet}”)` : ''}
        {reading ? ' — reading…' : ''}
      </p>
      {table.encoding ? (
        <div className={styles.readChoices}>
          <SelectField
            label={table.encodingChosen ? 'Encoding (chosen)' : 'Encoding (detected)'}
            value={table.encoding}
            disabled={reading}
            options={TEXT_ENCODINGS.map((e) => ({ value: e, label: ENCODING_LABELS[e] }))}
            onChange={(event) => onReread(table.format === 'text' ? textOptions({ encoding: event.target.value as TextEncoding }) : { encoding: event.target.value as TextEncoding, sheet: table.sheet ?? undefined })}
          />
          {table.format === 'text' ? (
            <SelectField
              label={table.separatorChosen ? 'Separator (chosen)' : 'Separator (detected)'}
              value={table.separator ?? ','}
              disabled={reading}
              options={SEPARATORS.map((s) => ({ value: s, label: SEPARATOR_LABELS[s] }))}
              onChange={(event) => onReread(textOptions({ separator: event.target.value as Separator }))}
            />
          ) : null}
        </div>
      ) : null}
      {table.format === 'xlsx' && table.sheets.length > 1 ? (
        <div className={styles.readChoices}>
          <SelectField label="Sheet" value={table.sheet ?? ''} disabled={reading} options={table.sheets.map((s) => ({ value: s, label: s }))} onChange={(event) => onReread({ sheet: event.target.value })} />
        </div>
      ) : null}
      {table.notices.length > 0 ? (
        <ul className={styles.notices} aria-label="Notes about the file">
          {table.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
