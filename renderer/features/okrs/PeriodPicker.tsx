import { useMemo } from 'react';
import { quartersAround } from '../../../shared/model';
import { periodChoices } from '../../../shared/rules';
import { useCustomPeriods } from '../../db';
import { SelectField } from '../../ui/SelectField';
import { periodDates } from './okrFormat';

const RELATIVE = ['previous quarter', 'current quarter', 'next quarter'];

/** Chooses the period of the OKR screens; the choice lives in the URL (?period=…). */
export function PeriodPicker({ today, periodId, onChange }: { today: string; periodId: string; onChange: (periodId: string) => void }) {
  const custom = useCustomPeriods();
  const options = useMemo(() => {
    const around = quartersAround(today).map((q) => q.id);
    return periodChoices(today, custom ?? [], periodId).map((period) => {
      const relative = around.indexOf(period.id);
      const detail = relative >= 0 ? RELATIVE[relative] : periodDates(period);
      return { value: period.id, label: `${period.name} (${detail})` };
    });
  }, [today, custom, periodId]);
  return <SelectField label="Period" value={periodId} options={options} onChange={(event) => onChange(event.target.value)} />;
}
