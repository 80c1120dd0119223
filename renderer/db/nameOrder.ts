/** The order of every name-sorted list (teams, people, departments): the user's locale. */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
