import listing from 'virtual:stories';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readUrl } from '../selection/url.ts';
import { StoryRoute } from './StoryRoute.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoryRoute listing={listing} slug={readUrl(location.search).story} />
  </StrictMode>,
);
