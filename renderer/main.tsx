import './platform/strictCsp';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startStorageSafety } from './app/storageSafety';
import { getAppDb, locateAppDb } from './db';
import { startWorkspaceSwitching } from './app/workspaceSwitching';
import { startEvictionWatch } from './app/evictionWatch';
import { syncController } from './sync/controller';

async function start(container: HTMLElement): Promise<void> {
  await locateAppDb();
  startWorkspaceSwitching();
  startStorageSafety(getAppDb());
  startEvictionWatch(getAppDb());
  // Sync is off until the user connects a server (Settings → Sync); nothing waits for it.
  void syncController(getAppDb()).boot();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('Teamshape could not start: the page has no #root element.');
void start(container);
