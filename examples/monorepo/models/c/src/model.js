// A logistic score of x on this model's own data set.
export const DATA = './data/own.csv';
export const predict = (row, c) => 1 / (1 + Math.exp(-c.scale * (row.x - c.threshold)));
