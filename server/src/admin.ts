// `npm run server:admin -- <command>`: workspaces and invitation tokens in the server's data folder.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { Store } from './store.ts';
import { DEFAULTS, ENV } from './config.ts';
import { createWorkspace, invite, list, revoke } from './adminOperations.ts';

const USAGE = `Teamshape sync server — administration

Usage: npm run server:admin -- <command> [--data ./server-data]

  create-workspace "<name>"                         create a workspace; prints its id
  invite <workspaceId> --role editor|viewer [--expires 30d]
                                                    create an invitation token; prints it (shown once)
  revoke <tokenId or token>                         revoke a token; its laptops are disconnected within 15 s
  list [--json]                                     workspaces, tokens (role, expiry, revoked) and stored documents

  --data  the server's data folder (${ENV.dataDir}); default ${DEFAULTS.dataDir}
  --expires  a duration (30d, 12h, 2w, 90m) or a date (2027-03-31, end of day UTC); default: never
`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { data: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const dataDir = values.data ?? process.env[ENV.dataDir] ?? DEFAULTS.dataDir;
  const store = new Store(dataDir);
  const now = new Date();
  try {
    switch (command) {
      case 'create-workspace': {
        if (rest.length !== 1) fail(`create-workspace takes one name (quote it): create-workspace "Acme product teams"`);
        const workspace = createWorkspace(store, rest[0]!, now);
        console.log(workspace.id);
        console.error(`Created workspace "${workspace.name}" in ${resolve(dataDir)}. Invite people with: invite ${workspace.id} --role editor`);
        break;
      }
      case 'invite': {
        if (rest.length !== 1) fail('invite takes one workspace id: invite <workspaceId> --role editor|viewer [--expires 30d]');
        if (!values.role) fail('invite needs --role editor (reads and writes) or --role viewer (reads only).');
        const { token, row } = invite(store, rest[0]!, values.role, values.expires, now);
        console.log(token);
        console.error(
          `Token ${row.id}: ${row.role} of workspace ${row.workspaceId}, ${row.expiresAt ? `expires ${row.expiresAt}` : 'never expires'}. ` +
            'It is shown only now: paste it into Teamshape › Settings › Sync. Revoke it with: revoke ' + row.id,
        );
        break;
      }
      case 'revoke': {
        if (rest.length !== 1) fail('revoke takes one token id (tok_…) or the token itself.');
        const result = revoke(store, rest[0]!, now);
        console.log(result.alreadyRevoked ? `Token ${result.tokenId} was revoked already.` : `Revoked token ${result.tokenId}. Laptops using it are disconnected within 15 seconds.`);
        break;
      }
      case 'list': {
        const listing = list(store, now);
        if (values.json) {
          console.log(JSON.stringify(listing, null, 2));
          break;
        }
        if (listing.workspaces.length === 0) console.log(`No workspaces in ${resolve(dataDir)}. Create one with: create-workspace "<name>"`);
        for (const workspace of listing.workspaces) {
          console.log(`${workspace.id}  ${workspace.name}  (created ${workspace.createdAt})`);
          if (workspace.tokens.length === 0) console.log('  no tokens');
          for (const token of workspace.tokens) {
            const expiry = token.expiresAt ? `expires ${token.expiresAt}` : 'never expires';
            const state = token.state === 'revoked' ? `REVOKED ${token.revokedAt}` : token.state === 'expired' ? 'EXPIRED' : 'active';
            console.log(`  ${token.id}  ${token.role.padEnd(6)}  ${state}  ${expiry}  (created ${token.createdAt})`);
          }
          for (const doc of workspace.documents) {
            console.log(`  document ${doc.document}: ${doc.bytes.toLocaleString('en-US')} bytes in ${doc.rows.toLocaleString('en-US')} stored update(s)`);
          }
        }
        break;
      }
      default:
        fail(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    fail((error as Error).message);
  } finally {
    store.close();
  }
}

main();
