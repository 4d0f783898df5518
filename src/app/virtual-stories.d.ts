declare module 'virtual:stories' {
  import type { Story } from '../story/model';

  const stories: Story[];
  export default stories;
}
