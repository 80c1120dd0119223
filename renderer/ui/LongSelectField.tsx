import { useState, type FocusEvent, type SyntheticEvent } from 'react';
import { SelectField, type SelectFieldProps } from './SelectField';

/** Above this many options, only the chosen one is in the page while the field is not in use. */
const FILL_WHILE_IN_USE_ABOVE = 40;

/**
 * A select over a long list (500 teams). Closed, a select shows only its chosen option, so that is
 * all it holds while nobody uses it: the screens that carry it stay small, which is what showing
 * and hiding a kept screen costs. The first touch of the field (pointer, focus, key) adds the
 * others at once, before the list can open; leaving the field drops them again.
 */
export function LongSelectField({ options, onPointerDown, onFocus, onKeyDown, onBlur, ...props }: SelectFieldProps) {
  const long = options.length > FILL_WHILE_IN_USE_ABOVE;
  const [inUse, setInUse] = useState(false);
  const fill = <E extends SyntheticEvent>(handler: ((event: E) => void) | undefined) => (event: E) => {
    if (!inUse) setInUse(true);
    handler?.(event);
  };
  const leave = (event: FocusEvent<HTMLSelectElement>) => {
    setInUse(false);
    onBlur?.(event);
  };
  const chosen = String(props.value ?? '');
  const shown = !long || inUse ? options : options.filter((option, index) => option.value === chosen || (index === 0 && !options.some((o) => o.value === chosen)));
  return <SelectField {...props} options={shown} onPointerDown={fill(onPointerDown)} onFocus={fill(onFocus)} onKeyDown={fill(onKeyDown)} onBlur={leave} />;
}
