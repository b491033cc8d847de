// A logistic score of x alone: what model a gets without the second feature.
export const DATA = '../../data/shared.csv';
export const predict = (row, c) => 1 / (1 + Math.exp(-c.scale * (row.x - c.threshold)));
