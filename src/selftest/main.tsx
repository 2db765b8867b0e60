import { createRoot } from 'react-dom/client';
import '../app/app.css';
import { SelfTestApp } from './SelfTestApp';

const root = document.getElementById('root');
if (!root) {
  throw new Error('selftest.html has no #root element.');
}
// No StrictMode: its doubled effects would start a second self-test run in development.
createRoot(root).render(<SelfTestApp />);
