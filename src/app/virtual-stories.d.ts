declare module 'virtual:stories' {
  import type { Story } from '../story/model.ts';

  const stories: Story[];
  export default stories;
}
