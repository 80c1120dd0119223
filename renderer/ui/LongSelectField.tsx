import { startTransition, useEffect, useState, type SyntheticEvent } from 'react';
import { SelectField, type SelectFieldProps } from './SelectField';

/** Above this many options the list is filled in after the screen is shown. */
const FILL_LATER_ABOVE = 40;

/**
 * A select over a long list (500 teams). Closed, a select shows only its chosen option, so the
 * screen goes out with that one and the others are added right after in a transition; the first
 * touch of the field (pointer, focus, key) adds them at once, before the list can open.
 */
export function LongSelectField({ options, onPointerDown, onFocus, onKeyDown, ...props }: SelectFieldProps) {
  const [filled, setFilled] = useState(options.length <= FILL_LATER_ABOVE);
  useEffect(() => {
    if (!filled) startTransition(() => setFilled(true));
  }, [filled]);
  const fill = <E extends SyntheticEvent>(handler: ((event: E) => void) | undefined) => (event: E) => {
    if (!filled) setFilled(true);
    handler?.(event);
  };
  const chosen = String(props.value ?? '');
  const shown = filled ? options : options.filter((option, index) => option.value === chosen || (index === 0 && !options.some((o) => o.value === chosen)));
  return <SelectField {...props} options={shown} onPointerDown={fill(onPointerDown)} onFocus={fill(onFocus)} onKeyDown={fill(onKeyDown)} />;
}
