import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The map is a lazy chunk: its first load, transformed on demand, took over a second on this
// 2-core machine while other jobs ran, past Testing Library's default wait of one second. A
// longer cap on waiting is no timing assertion: a test that finds its element sooner goes on.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
