// Document names of the sync protocol: "ws/<workspaceId>" is the workspace document and
// "ws/<workspaceId>/<suffix>" any other document of that workspace (plans, check-ins: the client
// chooses the suffixes). See PROTOCOL.md.
const WORKSPACE_ID = /^[a-z0-9]{16}$/;
const MAX_SUFFIX_LENGTH = 200;

export function isWorkspaceId(value: string): boolean {
  return WORKSPACE_ID.test(value);
}

export function workspaceOfDocument(documentName: string): string | undefined {
  if (!documentName.startsWith('ws/')) return undefined;
  const rest = documentName.slice(3);
  const slash = rest.indexOf('/');
  const workspaceId = slash === -1 ? rest : rest.slice(0, slash);
  if (!isWorkspaceId(workspaceId)) return undefined;
  if (slash !== -1) {
    const suffix = rest.slice(slash + 1);
    if (suffix.length === 0 || suffix.length > MAX_SUFFIX_LENGTH) return undefined;
    // Printable text only: a name is a key in storage and in logs.
    if (/[\u0000-\u001f\u007f]/.test(suffix)) return undefined;
  }
  return workspaceId;
}
