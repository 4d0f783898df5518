declare module 'virtual:stories' {
  import type { StoryListing } from '../story/model.ts';

  const listing: StoryListing[];
  export default listing;
}
