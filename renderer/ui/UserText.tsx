import { dropStrayIsolateEnds } from '../../shared/bidi';

/**
 * Text a person typed (a name, a title, a mission), isolated for bidirectional display: a
 * right-to-left override or right-to-left letters in it never reorder the text around it.
 */
export function UserText({ children }: { children: string | null | undefined }) {
  return <bdi>{dropStrayIsolateEnds(children ?? '')}</bdi>;
}
