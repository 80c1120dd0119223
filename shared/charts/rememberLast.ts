/**
 * A function remembered for its last arguments (compared by identity): the chart of the same
 * cards, grouping and collapsed groups is laid out once, however often a screen asks for it.
 */
export function rememberLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
