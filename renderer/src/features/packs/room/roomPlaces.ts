/**
 * Places in the room's document that the go-to box, quick search and the scroll position name:
 * a section, or something inside it (a paragraph of its draft text, an item, a position, a
 * heading of the card). Each is an element whose id roomElementId gives.
 */
export interface RoomPlace {
  sectionId: number;
  /** Inside the section: "p-2-b" (paragraph 2(b) of the draft), "item-12", "position-4", "card-objective"; null for the section's top. */
  anchor: string | null;
}

/** The anchor of a draft paragraph by its path (["2", "b"] → "p-2-b"). */
export const paragraphAnchor = (path: readonly string[]) => `p-${path.join('-')}`;

/** The DOM id of a place: one per section and anchor, unique in the window. */
export function roomElementId(place: RoomPlace): string {
  return place.anchor === null ? `room-section-${place.sectionId}` : `room-section-${place.sectionId}-${place.anchor}`;
}
