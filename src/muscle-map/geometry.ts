// The figure's units. Each view is VIEW_W x VIEW_H (the coordinate system of landmarks.ts), with
// a strip for its caption below; two views stand side by side.
export const VIEW_W = 200;
export const VIEW_H = 500;
export const CAPTION_H = 22;
