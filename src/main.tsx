import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installDebugHandle } from './app/debugHandle';
import { ViewerController } from './app/viewerController';
import './app/app.css';

const controller = new ViewerController();
installDebugHandle(controller.feed);

// A file dropped outside the drop zone would otherwise make the browser navigate to it.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element.');
}
createRoot(root).render(
  <StrictMode>
    <App controller={controller} />
  </StrictMode>,
);

void controller.loadModel(location.href);
