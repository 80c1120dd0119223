import { useCallback, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { markWhoAmIAsked, readMeId, readWhoAmIAsked, useDb, usePeople, writeMeId } from '../../db';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import dialogStyles from '../../ui/Dialog.module.css';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { isolateBidi } from '../../../shared/bidi';

/**
 * "Who are you?", asked once on this device before the first write that records an author (a
 * check-in): the answer is the device-local "this is me", changeable in Settings. `ensure` resolves
 * once the person has answered or chosen "Not now"; the write then goes ahead either way.
 */
export function useWhoAreYou(): { ensure: () => Promise<void>; dialog: ReactNode } {
  const db = useDb();
  const [open, setOpen] = useState(false);
  const pending = useRef<(() => void) | null>(null);
  const ensure = useCallback(async () => {
    const [me, asked, people] = await Promise.all([readMeId(db), readWhoAmIAsked(db), db.people.count()]);
    if (me !== null || asked || people === 0) return;
    await new Promise<void>((resolve) => {
      pending.current = resolve;
      setOpen(true);
    });
  }, [db]);
  const close = useCallback(() => {
    setOpen(false);
    pending.current?.();
    pending.current = null;
  }, []);
  const dialog = (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : void markWhoAmIAsked(db).then(close))}
      title="Who are you?"
      description="Check-ins record who made them. Choose yourself once on this device; you can change it in Settings (This is me)."
    >
      {open ? <WhoAreYouForm onDone={close} /> : null}
    </Dialog>
  );
  return { ensure, dialog };
}

function WhoAreYouForm({ onDone }: { onDone: () => void }) {
  const db = useDb();
  const people = usePeople();
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => {
    const wanted = search.trim().toLowerCase();
    const found = (people ?? []).filter((p) => !wanted || p.name.toLowerCase().includes(wanted) || (p.email ?? '').toLowerCase().includes(wanted)).slice(0, 200);
    return [{ value: '', label: found.length === 0 ? 'Nobody matches' : 'Choose yourself…' }, ...found.map((p) => ({ value: p.id, label: isolateBidi(p.email ? `${p.name} (${p.email})` : p.name) }))];
  }, [people, search]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) return setError('Choose yourself in the list (type to narrow it), or choose “Not now”.');
    try {
      await writeMeId(db, personId);
      await markWhoAmIAsked(db);
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Find yourself" hint="Type part of your name or email." value={search} onChange={(e) => setSearch(e.target.value)} autoFocus />
      <SelectField label="I am" value={personId} options={options} onChange={(e) => setPersonId(e.target.value)} error={error ?? undefined} />
      <div className={dialogStyles.actions}>
        <Button onClick={() => void markWhoAmIAsked(db).then(onDone)}>Not now</Button>
        <Button type="submit" variant="primary">
          This is me
        </Button>
      </div>
    </form>
  );
}
