import { useState, type FormEvent } from 'react';
import { ChartPrintOptions, type ChartGrouping, type ChartPreset, type Orientation, type PaperSize } from '../../../shared/charts';
import { cancelChartPdfExport, exportChartPdf, isDesktop, type ChartExportProgress } from '../../platform';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import styles from './Charts.module.css';

interface ExportPdfDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  planId: string;
  planName: string;
  groupBy: ChartGrouping;
  /** null: every team of the plan. */
  teamIds: string[] | null;
  teamCount: number;
  periodId: string;
  today: string;
}

const PAPERS = [
  { value: 'A4', label: 'A4 (210 × 297 mm)' },
  { value: 'Letter', label: 'Letter (8.5 × 11 in)' },
  { value: 'A3', label: 'A3 (297 × 420 mm)' },
];
const PRESETS = [
  { value: 'deck', label: 'Full deck: cover, organisation chart, one page per team' },
  { value: 'onePage', label: 'One-page overview: the whole chart on one sheet, names only' },
];
const ORIENTATIONS = [
  { value: 'landscape', label: 'Landscape' },
  { value: 'portrait', label: 'Portrait' },
];

/** "Product teams – Live organisation – 2026-11-16.pdf", without characters a file name cannot hold. */
export function pdfFileName(title: string, planName: string, today: string): string {
  return `${`${title} - ${planName} - ${today}`.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 180)}.pdf`;
}

/** PDF options: paper, orientation, what to include and the title; then the platform exports it. */
export function ExportPdfDialog({ open, onOpenChange, planId, planName, groupBy, teamIds, teamCount, periodId, today }: ExportPdfDialogProps) {
  const [preset, setPreset] = useState<ChartPreset>('deck');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [overview, setOverview] = useState(true);
  const [teamPages, setTeamPages] = useState(true);
  const [title, setTitle] = useState('Product teams');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ChartPrintOptions.safeParse({ planId, preset, paper, orientation, overview, teamPages, title, groupBy, teamIds, periodId, date: today });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setBusy(true);
    setStatus(isDesktop() ? 'Choose where to save the PDF…' : 'Opening the print view…');
    try {
      const outcome = await exportChartPdf(parsed.data, pdfFileName(parsed.data.title, planName, today), (progress: ChartExportProgress) => setStatus(progress.message));
      if (outcome.kind === 'saved') setStatus(`Saved the PDF to ${outcome.where}.`);
      else if (outcome.kind === 'cancelled') setStatus('Export cancelled: nothing was saved.');
      // The print view replaced the chart: coming back (the chart is kept) finds the chart, not this dialog.
      else onOpenChange(false);
    } catch (problem) {
      setStatus('');
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!busy) onOpenChange(next);
      }}
      title="Export PDF"
      description={`A print-quality PDF of ${teamCount} ${teamCount === 1 ? 'team' : 'teams'}${groupBy === 'none' ? '' : ', grouped as on screen'}. Text stays text: sharp at any zoom and searchable.`}
    >
      <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
        <TextField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} hint="On the cover and at the top of every page, with today's date." />
        <SelectField
          label="Kind of PDF"
          options={PRESETS}
          value={preset}
          onChange={(event) => {
            const next = event.target.value as ChartPreset;
            setPreset(next);
            // One sheet for everything: the larger paper by default.
            if (next === 'onePage' && paper === 'A4') setPaper('A3');
            if (next === 'deck' && paper === 'A3') setPaper('A4');
          }}
        />
        <div className={styles.fieldRow}>
          <SelectField label="Paper" options={PAPERS} value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)} />
          <SelectField label="Orientation" options={ORIENTATIONS} value={orientation} onChange={(event) => setOrientation(event.target.value as Orientation)} />
        </div>
        {preset === 'deck' ? (
        <fieldset className={styles.checks}>
          <legend className={formStyles.label}>Pages</legend>
          <label className={styles.check}>
            <input type="checkbox" checked={overview} onChange={(event) => setOverview(event.target.checked)} />
            Organisation chart: every team&apos;s card by group, packed so no card is cut
          </label>
          <label className={styles.check}>
            <input type="checkbox" checked={teamPages} onChange={(event) => setTeamPages(event.target.checked)} />
            One page per team: full detail, every finding, its objectives&apos; progress and status
          </label>
        </fieldset>
        ) : null}
        {isDesktop() ? null : (
          <p className={formStyles.hint}>Your browser&apos;s print dialog opens with the pages: choose &ldquo;Save as PDF&rdquo; as the printer.</p>
        )}
        <p role="status" className={styles.status}>
          {status}
        </p>
        {error ? (
          <p role="alert" className={formStyles.error}>
            {error}
          </p>
        ) : null}
        <div className={dialogStyles.actions}>
          {busy && isDesktop() ? (
            <Button
              onClick={() => {
                setStatus('Cancelling the export…');
                void cancelChartPdfExport();
              }}
            >
              Cancel export
            </Button>
          ) : (
            <Button onClick={() => onOpenChange(false)} disabled={busy}>
              Close
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export PDF'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
