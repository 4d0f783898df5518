import stories from 'virtual:stories';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readUrl } from '../selection/url.ts';
import { App } from './App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App stories={stories} slug={readUrl(location.search).story} />
  </StrictMode>,
);
