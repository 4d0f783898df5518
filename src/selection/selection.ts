/**
 * The one selection of the explainer, as a pure reducer. Every view reads it; views change it
 * only by dispatching intents, never by reaching into each other.
 */
export type Selection = { kind: 'event' | 'place' | 'person'; id: string } | null;

export type SelectionAction =
  | { type: 'select'; kind: 'event' | 'place' | 'person'; id: string }
  | { type: 'toggle'; kind: 'event' | 'place' | 'person'; id: string }
  | { type: 'clear' };

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'select':
      return state?.kind === action.kind && state.id === action.id
        ? state
        : { kind: action.kind, id: action.id };
    case 'toggle':
      return state?.kind === action.kind && state.id === action.id
        ? null
        : { kind: action.kind, id: action.id };
    case 'clear':
      return null;
  }
}

export const isSelected = (s: Selection, kind: NonNullable<Selection>['kind'], id: string) =>
  s?.kind === kind && s.id === id;
